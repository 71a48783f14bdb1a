package org.takahe.dhcp.v6.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.takahe.dhcp.v6.TestClient6.iaNa;
import static org.takahe.dhcp.v6.V6Configs.ip;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.takahe.dhcp.config.v6.AddressPool6;
import org.takahe.dhcp.config.v6.AddressReservation6;
import org.takahe.dhcp.config.v6.Ipv6Prefix;
import org.takahe.dhcp.config.v6.Option6;
import org.takahe.dhcp.config.v6.OptionSet6;
import org.takahe.dhcp.config.v6.Range6;
import org.takahe.dhcp.v6.TestClient6;
import org.takahe.dhcp.v6.V6Configs;
import org.takahe.dhcp.v6.V6Exchanges;
import org.takahe.dhcp.wire.v6.Dhcp6Message;
import org.takahe.dhcp.wire.v6.MessageType6;

/** RFC 9243 option sets, option by option: reservation over pool over range over server; what goes out when. */
class OptionsHandlerTest {
    private static final TestClient6 RESERVED = TestClient6.number(1);
    private static final int CUSTOM = 65001;

    private static OptionSet6 dns(String id, String server) {
        return new OptionSet6(id, List.of(new Option6(23, ip(server).getAddress())), false);
    }

    /** Range "lan" (set "range"), its pool (set "pool"), a reservation for RESERVED (set "host"), server "global". */
    private static V6Exchanges layered() {
        AddressReservation6 host = new AddressReservation6(ip("2001:db8:1::1f0"), Optional.of(RESERVED.duidHex()),
            List.of("host"), V6Configs.TIMERS);
        AddressPool6 pool = new AddressPool6("lan-pool", Ipv6Prefix.parse(V6Configs.LAN_PREFIX),
            ip(V6Configs.POOL_FIRST), ip(V6Configs.POOL_LAST), 0, List.of("pool"), V6Configs.TIMERS, false,
            List.of(host));
        Range6 range = new Range6("lan", Ipv6Prefix.parse(V6Configs.LAN_PREFIX), Optional.empty(), List.of(pool),
            List.of(), List.of("range"), V6Configs.TIMERS, false);
        OptionSet6 global = new OptionSet6("global", List.of(new Option6(23, ip("2001:db8::4").getAddress()),
            new Option6(CUSTOM, new byte[] {1, 2}), new Option6(82, new byte[] {0, 0, 0, 60}),
            new Option6(83, new byte[] {0, 0, 0, 90})), false);
        return new V6Exchanges(V6Configs.config(List.of(global, dns("range", "2001:db8::3"),
            dns("pool", "2001:db8::2"), dns("host", "2001:db8::1")), List.of("global"), range));
    }

    @Test
    void theNearestLevelWinsOptionByOption() {
        V6Exchanges exchanges = layered();

        Dhcp6Message reserved = exchanges.reply(RESERVED.message(MessageType6.SOLICIT, iaNa(1)));
        Dhcp6Message pooled = exchanges.reply(TestClient6.number(2).message(MessageType6.SOLICIT, iaNa(1)));
        Dhcp6Message informed = exchanges.reply(TestClient6.number(3).message(MessageType6.INFORMATION_REQUEST));

        assertEquals(List.of(ip("2001:db8::1")), reserved.options().dnsServers(), "reservation");
        assertEquals(List.of(ip("2001:db8::2")), pooled.options().dnsServers(), "pool");
        assertEquals(List.of(ip("2001:db8::3")), informed.options().dnsServers(), "range: no lease, no pool");
    }

    @Test
    void theServersSetsApplyWhenNoRangeIsFound() {
        V6Exchanges exchanges = layered();

        Dhcp6Message reply = V6Exchanges.replied(exchanges.process(TestClient6.number(4)
            .message(MessageType6.INFORMATION_REQUEST), new Arrival(Optional.of("lan9"), List.of(),
            Arrival.Delivery.MULTICAST), V6Exchanges.CLIENT)).message();

        assertEquals(List.of(ip("2001:db8::4")), reply.options().dnsServers());
    }

    @Test
    void otherConfiguredOptionsGoOutOnlyWhenTheClientAsksForThem() {
        V6Exchanges exchanges = layered();

        Dhcp6Message unasked = exchanges.reply(TestClient6.number(2).message(MessageType6.SOLICIT, iaNa(1)));
        Dhcp6Message asked = exchanges.reply(TestClient6.number(2).message(MessageType6.SOLICIT, iaNa(1),
            TestClient6.oro(CUSTOM)));

        assertFalse(unasked.options().contains(CUSTOM));
        assertTrue(asked.options().contains(CUSTOM));
    }

    @Test
    void solMaxRtGoesToSolicitingClientsAndInfMaxRtToStatelessOnes() {
        V6Exchanges exchanges = layered();

        Dhcp6Message advertise = exchanges.reply(TestClient6.number(2).message(MessageType6.SOLICIT, iaNa(1)));
        Dhcp6Message informed = exchanges.reply(TestClient6.number(3).message(MessageType6.INFORMATION_REQUEST));

        assertEquals(Optional.of(60L), advertise.options().solMaxRt());
        assertEquals(Optional.empty(), advertise.options().infMaxRt());
        assertEquals(Optional.of(90L), informed.options().infMaxRt());
        assertEquals(Optional.empty(), informed.options().solMaxRt());
    }

    @Test
    void theServerUnicastOptionGoesOutUnasked() {
        OptionSet6 unicast = new OptionSet6("lan", List.of(new Option6(12, ip("2001:db8:1::9").getAddress())),
            false);
        V6Exchanges exchanges = new V6Exchanges(V6Configs.config(List.of(unicast), List.of(), V6Configs.lan()));

        Dhcp6Message advertise = exchanges.reply(TestClient6.number(2).message(MessageType6.SOLICIT, iaNa(1)));

        assertEquals(Optional.of(ip("2001:db8:1::9")), advertise.options().unicast());
    }

    @Test
    void aReplyToReleaseCarriesNoConfiguredOptions() {
        V6Exchanges exchanges = layered();

        Dhcp6Message reply = exchanges.reply(TestClient6.number(2).to(V6Exchanges.SERVER, MessageType6.RELEASE,
            iaNa(1, "2001:db8:1::150")));

        assertEquals(List.of(), reply.options().dnsServers());
    }

    @Test
    void optionsTheServerBuildsItselfAreNeverTakenFromOptionSets() {
        OptionSet6 bogus = new OptionSet6("lan", List.of(new Option6(2, new byte[] {0, 3, 0, 1, 1}),
            new Option6(13, new byte[] {0, 1}), new Option6(23, V6Configs.DNS.getAddress())), false);
        V6Exchanges exchanges = new V6Exchanges(V6Configs.config(List.of(bogus), List.of(), V6Configs.lan()));

        Dhcp6Message advertise = exchanges.reply(TestClient6.number(2).message(MessageType6.SOLICIT, iaNa(1),
            TestClient6.oro(2, 13)));

        assertEquals(Optional.of(V6Exchanges.SERVER), advertise.options().serverId());
        assertEquals(Optional.empty(), advertise.options().statusCode());
    }
}
