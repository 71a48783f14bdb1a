package org.takahe.dhcp.v6.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.takahe.dhcp.v6.TestClient6.iaNa;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.takahe.dhcp.alloc.AllocationEngine;
import org.takahe.dhcp.testing.FakeLeaseStore;
import org.takahe.dhcp.testing.MutableClock;
import org.takahe.dhcp.v6.Dhcp6Counters;
import org.takahe.dhcp.v6.Dhcp6EventListener;
import org.takahe.dhcp.v6.Dhcp6EventListener.NonSuccessCodeSent;
import org.takahe.dhcp.v6.TestClient6;
import org.takahe.dhcp.v6.V6Configs;
import org.takahe.dhcp.v6.V6Exchanges;
import org.takahe.dhcp.wire.v6.MessageType6;
import org.takahe.dhcp.wire.v6.StatusCode;

/** RFC 9243's notifications as the listener hears them. */
class NotificationsTest {
    private final TestClient6 client = TestClient6.number(1);

    @Test
    void everyStatusOtherThanSuccessInAReplyIsNotifiedWithTheClientsDuid() {
        V6Exchanges exchanges = new V6Exchanges(V6Configs.config(V6Configs.lan()));

        exchanges.reply(client.to(V6Exchanges.SERVER, MessageType6.RENEW, iaNa(1, "2001:db8:1::150"),
            iaNa(2, "2001:db8:1::151")));
        exchanges.reply(client.message(MessageType6.CONFIRM, iaNa(3, "2001:db8:9::1")));

        List<Object> heard = exchanges.events.heard;
        assertEquals(3, heard.size(), heard.toString());
        assertEquals(List.of(StatusCode.NO_BINDING, StatusCode.NO_BINDING, StatusCode.NOT_ON_LINK),
            heard.stream().map(e -> ((NonSuccessCodeSent) e).statusCode()).toList());
        heard.forEach(e -> assertEquals(client.duidHex(), ((NonSuccessCodeSent) e).duid()));
    }

    @Test
    void successIsNotNotified() {
        V6Exchanges exchanges = new V6Exchanges(V6Configs.config(V6Configs.lan()));

        exchanges.reply(client.message(MessageType6.CONFIRM, iaNa(3, "2001:db8:1::1")));

        assertEquals(List.of(), exchanges.events.heard);
    }

    @Test
    void aListenerThatThrowsCostsNothingButTheNotification() {
        MutableClock clock = new V6Exchanges(V6Configs.config()).clock;
        ExchangeService6 service = new ExchangeService6(new ChainFactory6(new AllocationEngine(new FakeLeaseStore(),
            clock, Duration.ofSeconds(30))), new Dhcp6Counters(), new Dhcp6EventListener() {
                @Override
                public void nonSuccessCodeSent(NonSuccessCodeSent event) {
                    throw new IllegalStateException("listener bug");
                }
            }, V6Exchanges.SERVER);
        service.install(V6Configs.config(V6Configs.lan()), V6Exchanges.SERVER);

        ExchangeOutcome6 outcome = service.process(new Inbound6(client.message(MessageType6.CONFIRM,
            iaNa(3, "2001:db8:9::1")), V6Exchanges.CLIENT, V6Exchanges.LAN));

        assertEquals(StatusCode.NOT_ON_LINK, V6Exchanges.replied(outcome).message().options().statusCode()
            .orElseThrow().code());
    }
}
