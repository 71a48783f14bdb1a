package org.takahe.dhcp.config;

import java.util.List;
import java.util.Optional;

/**
 * The whole DHCP configuration the engine serves from: an immutable snapshot, built aside from
 * YANG data by the server module and installed by one atomic swap. An exchange reads it once.
 *
 * @param interfaces names of the network interfaces on which DHCPv4 is served
 * @param serverIdentifier address to announce as server identifier; empty means the address of
 *     the interface the request arrived on
 * @param subnets the IPv4 subnets, each with its pools and options
 */
public record DhcpConfig(List<String> interfaces, Optional<java.net.Inet4Address> serverIdentifier,
        List<Subnet4> subnets) {

    public DhcpConfig {
        interfaces = List.copyOf(interfaces);
        subnets = List.copyOf(subnets);
    }

    public static DhcpConfig empty() {
        return new DhcpConfig(List.of(), Optional.empty(), List.of());
    }
}
