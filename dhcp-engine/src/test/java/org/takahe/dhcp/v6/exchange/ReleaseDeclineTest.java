package org.takahe.dhcp.v6.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.takahe.dhcp.v6.TestClient6.iaNa;
import static org.takahe.dhcp.v6.TestClient6.iaPd;
import static org.takahe.dhcp.v6.V6Configs.ip;

import java.net.Inet6Address;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.takahe.dhcp.config.v6.Range6;
import org.takahe.dhcp.v6.Dhcp6EventListener.DeclineReceived;
import org.takahe.dhcp.v6.TestClient6;
import org.takahe.dhcp.v6.V6Configs;
import org.takahe.dhcp.v6.V6Exchanges;
import org.takahe.dhcp.wire.v6.Dhcp6Message;
import org.takahe.dhcp.wire.v6.IaNa;
import org.takahe.dhcp.wire.v6.MessageType6;
import org.takahe.dhcp.wire.v6.StatusCode;
import org.takahe.lease.Lease;
import org.takahe.lease.LeaseKey;

class ReleaseDeclineTest {
    private final TestClient6 client = TestClient6.number(1);
    private final Range6 oneAddress = V6Configs.range("lan", V6Configs.LAN_PREFIX,
        V6Configs.addressPool("one", V6Configs.POOL_FIRST, V6Configs.POOL_FIRST),
        V6Configs.prefixPool("lan-pd", V6Configs.PD_POOL, V6Configs.PD_LENGTH));
    private final V6Exchanges exchanges = new V6Exchanges(V6Configs.config(oneAddress));

    private Dhcp6Message bind() {
        return exchanges.reply(client.to(V6Exchanges.SERVER, MessageType6.REQUEST, iaNa(0x51), iaPd(0x52)));
    }

    @Test
    void releaseIsAnsweredSuccessAndTheAddressGoesBackToThePool() {
        Dhcp6Message bound = bind();

        Dhcp6Message released = exchanges.reply(client.to(V6Exchanges.SERVER, MessageType6.RELEASE,
            bound.options().iaNa().getFirst(), bound.options().iaPd().getFirst()));

        assertEquals(StatusCode.SUCCESS, released.options().statusCode().orElseThrow().code());
        assertEquals(List.of(), released.options().iaNa(), "an IA the server had a binding for is not listed");
        assertEquals(List.of(), released.options().iaPd());
        assertTrue(exchanges.store.all().isEmpty());
        Dhcp6Message other = exchanges.reply(TestClient6.number(2).message(MessageType6.SOLICIT, iaNa(1)));
        assertEquals(ip(V6Configs.POOL_FIRST), TestClient6.address(other.options().iaNa().getFirst()));
    }

    @Test
    void releaseOfAnIaWithoutBindingIsAnsweredNoBindingInThatIaOnly() {
        Dhcp6Message bound = bind();

        Dhcp6Message released = exchanges.reply(client.to(V6Exchanges.SERVER, MessageType6.RELEASE,
            bound.options().iaNa().getFirst(), iaNa(0x62, "2001:db8:1::1fe")));

        assertEquals(StatusCode.SUCCESS, released.options().statusCode().orElseThrow().code());
        IaNa unknown = released.options().iaNa().getFirst();
        assertEquals(0x62, unknown.iaid());
        assertEquals(StatusCode.NO_BINDING, unknown.status().orElseThrow().code());
        assertEquals(List.of(), unknown.addresses());
        assertEquals(1, released.options().iaNa().size());
    }

    @Test
    void declineIsAnsweredSuccessTheAddressIsHeldOutAndTheListenerHearsOfIt() {
        Dhcp6Message bound = bind();
        Inet6Address declined = TestClient6.address(bound.options().iaNa().getFirst());

        Dhcp6Message reply = exchanges.reply(client.to(V6Exchanges.SERVER, MessageType6.DECLINE,
            bound.options().iaNa().getFirst()));

        assertEquals(StatusCode.SUCCESS, reply.options().statusCode().orElseThrow().code());
        assertEquals(List.of(), reply.options().iaNa());
        Lease placeholder = exchanges.store.find(LeaseKey.na(declined)).orElseThrow();
        assertTrue(placeholder.isDeclined());
        assertEquals(exchanges.clock.instant().plusSeconds(3600), placeholder.expires(), "the decline probation");
        assertTrue(exchanges.events.heard.contains(new DeclineReceived(client.duidHex(), List.of(declined),
            List.of())));
        IaNa other = exchanges.reply(TestClient6.number(2).message(MessageType6.SOLICIT,
            iaNa(1, V6Configs.POOL_FIRST))).options().iaNa().getFirst();
        assertEquals(StatusCode.NO_ADDRS_AVAIL, other.status().orElseThrow().code(), "the declined address rests");
    }

    @Test
    void declineOfAnAddressThatIsNotTheClientsIsAnsweredNoBinding() {
        bind();

        Dhcp6Message reply = exchanges.reply(TestClient6.number(3).to(V6Exchanges.SERVER, MessageType6.DECLINE,
            iaNa(0x51, V6Configs.POOL_FIRST)));

        assertEquals(StatusCode.NO_BINDING, reply.options().iaNa().getFirst().status().orElseThrow().code());
        assertTrue(!exchanges.store.find(LeaseKey.na(ip(V6Configs.POOL_FIRST))).orElseThrow().isDeclined());
    }
}
