package org.takahe.dhcp.v6.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.takahe.dhcp.v6.TestClient6.iaNa;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.takahe.dhcp.v6.Dhcp6DropReason;
import org.takahe.dhcp.v6.TestClient6;
import org.takahe.dhcp.v6.V6Configs;
import org.takahe.dhcp.v6.V6Exchanges;
import org.takahe.dhcp.wire.v6.Dhcp6Message;
import org.takahe.dhcp.wire.v6.MessageType6;
import org.takahe.dhcp.wire.v6.OptionCode6;
import org.takahe.dhcp.wire.v6.StatusCode;

class ConfirmAndInformationTest {
    private final TestClient6 client = TestClient6.number(1);
    private final V6Exchanges exchanges = new V6Exchanges(V6Configs.config(V6Configs.lan()));

    @Test
    void confirmOfOnLinkAddressesIsAnsweredSuccessWithoutIas() {
        Dhcp6Message reply = exchanges.reply(client.message(MessageType6.CONFIRM, iaNa(1, "2001:db8:1::150"),
            iaNa(2, "2001:db8:1::7")));

        assertEquals(MessageType6.REPLY, reply.type());
        assertEquals(StatusCode.SUCCESS, reply.options().statusCode().orElseThrow().code());
        assertEquals(List.of(), reply.options().iaNa());
    }

    @Test
    void confirmOfAnyOffLinkAddressIsAnsweredNotOnLink() {
        Dhcp6Message reply = exchanges.reply(client.message(MessageType6.CONFIRM,
            iaNa(1, "2001:db8:1::150", "2001:db8:99::150")));

        assertEquals(StatusCode.NOT_ON_LINK, reply.options().statusCode().orElseThrow().code());
    }

    @Test
    void confirmWithoutAddressesIsNotAnswered() {
        exchanges.assertDropped(client.message(MessageType6.CONFIRM, iaNa(1)), Dhcp6DropReason.NOTHING_TO_CONFIRM);
    }

    @Test
    void confirmFromALinkTheServerDoesNotKnowIsNotAnswered() {
        exchanges.assertDropped(V6Exchanges.relayed(client.message(MessageType6.CONFIRM, iaNa(1, "2001:db8:1::5")),
            "2001:db8:77::1", "fe80::3", 0), Dhcp6DropReason.NO_RANGE);
    }

    @Test
    void informationRequestGetsTheOptionsAndRefreshTimeAndNoIaNorPreference() {
        Dhcp6Message reply = exchanges.reply(client.message(MessageType6.INFORMATION_REQUEST,
            TestClient6.oro(OptionCode6.DNS_SERVERS, OptionCode6.INFORMATION_REFRESH_TIME)));

        assertEquals(MessageType6.REPLY, reply.type());
        assertEquals(List.of(V6Configs.DNS), reply.options().dnsServers());
        assertEquals(Optional.of(1800L), reply.options().informationRefreshTime());
        assertEquals(Optional.empty(), reply.options().preference());
        assertFalse(reply.options().contains(OptionCode6.IA_NA));
        assertEquals(Optional.empty(), reply.options().statusCode());
    }

    @Test
    void informationRequestWithoutClientIdIsAnsweredToo() {
        Dhcp6Message reply = exchanges.reply(TestClient6.anonymous(MessageType6.INFORMATION_REQUEST));

        assertEquals(Optional.empty(), reply.options().clientId());
        assertEquals(Optional.of(V6Exchanges.SERVER), reply.options().serverId());
    }

    @Test
    void theRefreshTimeGoesOnlyToInformationRequests() {
        Dhcp6Message advertise = exchanges.reply(client.message(MessageType6.SOLICIT, iaNa(1),
            TestClient6.oro(OptionCode6.INFORMATION_REFRESH_TIME)));

        assertEquals(Optional.empty(), advertise.options().informationRefreshTime());
    }
}
