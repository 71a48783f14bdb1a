package org.takahe.dhcp.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.takahe.dhcp.testing.TestConfigs.ip;
import static org.takahe.dhcp.testing.TestConfigs.subnet;

import java.net.Inet4Address;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.takahe.dhcp.config.DhcpConfig;
import org.takahe.dhcp.config.SharedNetwork4;
import org.takahe.dhcp.config.Subnet4;
import org.takahe.dhcp.testing.TestConfigs;

/** Which fact decides the subnet, strongest first: 118, 82.5, giaddr, ciaddr, interface. */
class SubnetSelectionTest {
    private static final Subnet4 LAN = subnet("lan", "198.18.0.0/24", "198.18.0.10", "198.18.0.20");
    private static final Subnet4 RELAY = subnet("relay", "198.18.1.0/24", "198.18.1.10", "198.18.1.20");
    private static final Subnet4 LINK = subnet("link", "198.18.5.0/24", "198.18.5.10", "198.18.5.20");
    private static final Subnet4 OPTION = subnet("option", "198.18.6.0/24", "198.18.6.10", "198.18.6.20");
    private static final Subnet4 CLIENT = subnet("client", "198.18.7.0/24", "198.18.7.10", "198.18.7.20");
    private static final Subnet4 ATTACHED = subnet("attached", "198.18.8.0/24", "198.18.8.10", "198.18.8.20");
    private static final List<Subnet4> ALL = List.of(LAN, RELAY, LINK, OPTION, CLIENT, ATTACHED);

    private final SubnetSelection selection = selection(new DhcpConfig(List.of("lan0", "trunk0"), Optional.empty(),
        ALL, List.of(new SharedNetwork4("trunk", List.of("attached"), List.of(), Optional.of("trunk0")))));

    private static SubnetSelection selection(DhcpConfig config) {
        return new SubnetSelection(config.subnets(), new SharedNetworkIndex(config));
    }

    private static SubnetSelector selector(String option118, String linkSelection, String giaddr, String ciaddr,
            String interfaceName) {
        return new SubnetSelector(address(option118), address(linkSelection), ip(giaddr), ip(ciaddr), interfaceName,
            List.of(ip("198.18.0.1")));
    }

    private static Optional<Inet4Address> address(String dotted) {
        return Optional.ofNullable(dotted).map(TestConfigs::ip);
    }

    private Optional<String> selected(SubnetSelector selector) {
        return selection.select(selector).map(Subnet4::id);
    }

    @Test
    void subnetSelectionOptionOutranksEverythingElse() {
        assertEquals(Optional.of("option"),
            selected(selector("198.18.6.1", "198.18.5.1", "198.18.1.2", "198.18.7.9", "lan0")));
    }

    @Test
    void linkSelectionOutranksGiaddrAndCiaddr() {
        assertEquals(Optional.of("link"), selected(selector(null, "198.18.5.1", "198.18.1.2", "198.18.7.9", "lan0")));
    }

    @Test
    void giaddrOutranksCiaddrAndTheInterface() {
        assertEquals(Optional.of("relay"), selected(selector(null, null, "198.18.1.2", "198.18.7.9", "lan0")));
    }

    @Test
    void ciaddrOfADirectClientOutranksTheInterface() {
        assertEquals(Optional.of("client"), selected(selector(null, null, "0.0.0.0", "198.18.7.9", "trunk0")));
    }

    @Test
    void directClientWithoutAddressIsPlacedByTheSharedNetworkAttachedToItsInterface() {
        assertEquals(Optional.of("attached"), selected(selector(null, null, "0.0.0.0", "0.0.0.0", "trunk0")));
    }

    @Test
    void directClientOnAnUnattachedInterfaceIsPlacedByTheInterfaceAddresses() {
        assertEquals(Optional.of("lan"), selected(selector(null, null, "0.0.0.0", "0.0.0.0", "lan0")));
    }

    @Test
    void ciaddrInNoSubnetFallsBackToTheInterface() {
        assertEquals(Optional.of("lan"), selected(selector(null, null, "0.0.0.0", "203.0.113.9", "lan0")));
    }

    @Test
    void addressNamedByOptionOrRelayInNoSubnetSelectsNothingRatherThanAWrongSubnet() {
        assertEquals(Optional.empty(), selected(selector("203.0.113.1", null, "198.18.1.2", "0.0.0.0", "lan0")));
        assertEquals(Optional.empty(), selected(selector(null, "203.0.113.1", "198.18.1.2", "0.0.0.0", "lan0")));
        assertEquals(Optional.empty(), selected(selector(null, null, "203.0.113.1", "0.0.0.0", "lan0")));
    }
}
