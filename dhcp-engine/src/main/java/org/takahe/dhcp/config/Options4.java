package org.takahe.dhcp.config;

import java.net.Inet4Address;
import java.util.List;
import java.util.Optional;

/** The DHCPv4 options a subnet hands out beyond those derived from the lease itself. */
public record Options4(List<Inet4Address> routers, List<Inet4Address> domainNameServers,
        Optional<String> domainName) {

    public Options4 {
        routers = List.copyOf(routers);
        domainNameServers = List.copyOf(domainNameServers);
    }

    public static Options4 none() {
        return new Options4(List.of(), List.of(), Optional.empty());
    }
}
