package org.takahe.dhcp.v6.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.takahe.dhcp.v6.V6Configs.ip;

import java.net.InetSocketAddress;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.takahe.dhcp.config.v6.Ipv6Prefix;
import org.takahe.dhcp.config.v6.Range6;
import org.takahe.dhcp.v6.TestClient6;
import org.takahe.dhcp.v6.V6Configs;
import org.takahe.dhcp.v6.V6Exchanges;
import org.takahe.dhcp.wire.v6.Dhcp6Message;
import org.takahe.dhcp.wire.v6.MessageType6;
import org.takahe.dhcp.wire.v6.Options6;
import org.takahe.dhcp.wire.v6.RelayMessage6;

class RangeSelectionTest {
    private static final Range6 LAN = V6Configs.lan();
    private static final Range6 NORTH = named("north", "2001:db8:3::/64", Optional.empty());
    private static final Range6 WIRED = named("wired", "2001:db8:5::/64", Optional.of("eth7"));
    private static final Dhcp6Message SOLICIT = TestClient6.number(1).message(MessageType6.SOLICIT);

    private final RangeSelection selection = new RangeSelection(List.of(LAN, NORTH, WIRED));

    private static Range6 named(String id, String prefix, Optional<String> interfaceName) {
        return new Range6(id, Ipv6Prefix.parse(prefix), interfaceName, List.of(), List.of(), List.of(),
            V6Configs.TIMERS, false);
    }

    private static Request6 direct(Arrival arrival, String source) {
        return new Request6(SOLICIT, List.of(), new InetSocketAddress(ip(source), 546), arrival, V6Exchanges.SERVER);
    }

    private static RelayMessage6 relay(String link) {
        return new RelayMessage6(MessageType6.RELAY_FORW, 0, ip(link), ip("fe80::1"),
            Options6.builder().relayMessage(SOLICIT).build());
    }

    private Optional<String> selected(Request6 request) {
        return selection.select(request).map(s -> s.range().id());
    }

    @Test
    void theInnermostRelaysLinkAddressSelectsTheRange() {
        Request6 request = new Request6(SOLICIT, List.of(relay("2001:db8:1::1"), relay("2001:db8:3::9")),
            new InetSocketAddress(ip("2001:db8:1::1"), 547), V6Exchanges.LAN, V6Exchanges.SERVER);

        assertEquals(Optional.of("north"), selected(request));
    }

    @Test
    void anUnspecifiedLinkAddressDefersToTheNextRelayOutwards() {
        Request6 request = new Request6(SOLICIT, List.of(relay("2001:db8:3::1"), relay("::")),
            new InetSocketAddress(ip("2001:db8:3::1"), 547), V6Exchanges.LAN, V6Exchanges.SERVER);

        assertEquals(Optional.of("north"), selected(request));
    }

    @Test
    void aDirectClientIsOnTheRangeNamingItsInterfaceFirst() {
        Arrival eth7 = new Arrival(Optional.of("eth7"), List.of(ip("2001:db8:1::1")), Arrival.Delivery.MULTICAST);

        assertEquals(Optional.of("wired"), selected(direct(eth7, "fe80::5")));
    }

    @Test
    void elseOnTheRangeHoldingAGlobalAddressOfItsInterface() {
        assertEquals(Optional.of("lan"), selected(direct(V6Exchanges.LAN, "fe80::5")));
    }

    @Test
    void elseAUnicastingClientIsOnTheRangeHoldingItsAddress() {
        Arrival unicast = new Arrival(Optional.empty(), List.of(), Arrival.Delivery.UNICAST);

        assertEquals(Optional.of("north"), selected(direct(unicast, "2001:db8:3::77")));
        assertEquals(Optional.empty(), selected(direct(unicast, "fe80::77")));
    }

    @Test
    void aClientsUnicastIsOnTheRangeHoldingItsAddressBeforeTheReceivingInterfacesRange() {
        Arrival toUnicastAddressOnLan = new Arrival(Optional.of("lan0"), V6Exchanges.LAN.interfaceAddresses(),
            Arrival.Delivery.UNICAST);
        Arrival toOtherAddressOnEth7 = new Arrival(Optional.of("eth7"), List.of(),
            Arrival.Delivery.UNICAST_UNCONFIGURED);

        assertEquals(Optional.of("north"), selected(direct(toUnicastAddressOnLan, "2001:db8:3::77")));
        assertEquals(Optional.of("north"), selected(direct(toOtherAddressOnEth7, "2001:db8:3::77")));
        assertEquals(Optional.of("lan"), selected(direct(toUnicastAddressOnLan, "fe80::77")),
            "a link-local source says nothing of the link");
        assertEquals(Optional.of("lan"), selected(direct(toUnicastAddressOnLan, "2001:db8:9::77")),
            "nor does an address no range holds");
    }

    @Test
    void aMulticastFromAGlobalAddressIsStillOnTheReceivingInterfacesRange() {
        assertEquals(Optional.of("lan"), selected(direct(V6Exchanges.LAN, "2001:db8:3::77")));
    }

    @Test
    void anInterfaceWithOnlyLinkLocalAddressesSelectsNothing() {
        Arrival bare = new Arrival(Optional.of("lan9"), List.of(ip("fe80::1")), Arrival.Delivery.MULTICAST);

        assertEquals(Optional.empty(), selected(direct(bare, "fe80::5")));
    }
}
