package org.takahe.dhcp.exchange;

import java.net.Inet4Address;
import java.util.List;
import java.util.Optional;
import org.takahe.dhcp.config.Subnet4;
import org.takahe.dhcp.wire.Ipv4Bytes;

/**
 * Chooses the subnet a client is on: the relay's link (giaddr) for relayed packets; otherwise the
 * client's own address when it has one (renewing, INFORM), else the receiving interface's addresses.
 */
public record SubnetSelection(List<Subnet4> subnets) {

    public SubnetSelection {
        subnets = List.copyOf(subnets);
    }

    public Optional<Subnet4> select(SubnetSelector selector) {
        if (selector.relayed()) {
            return containing(selector.giaddr());
        }
        if (!Ipv4Bytes.isAny(selector.ciaddr())) {
            Optional<Subnet4> byClient = containing(selector.ciaddr());
            if (byClient.isPresent()) {
                return byClient;
            }
        }
        return selector.interfaceAddresses().stream().map(this::containing).flatMap(Optional::stream).findFirst();
    }

    private Optional<Subnet4> containing(Inet4Address address) {
        return subnets.stream().filter(s -> s.prefix().contains(address)).findFirst();
    }
}
