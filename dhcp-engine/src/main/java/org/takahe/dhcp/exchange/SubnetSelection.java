package org.takahe.dhcp.exchange;

import java.net.Inet4Address;
import java.util.List;
import java.util.Optional;
import org.takahe.dhcp.config.Subnet4;
import org.takahe.dhcp.wire.Ipv4Bytes;

/**
 * Chooses the subnet a client is on, the first rule that applies deciding, as Kea does: the subnet
 * selection option (RFC 3011), then the relay's link-selection sub-option (RFC 3527), then the relay's
 * address (giaddr). An address named by one of these that lies in no subnet means no subnet: the
 * client or its relay said where it is, and serving it elsewhere would hand out a wrong address.
 * A direct client is placed by its own address when it has one in a subnet (renewing, INFORM), else by
 * the shared network attached to the receiving interface, else by the interface's addresses.
 */
public record SubnetSelection(List<Subnet4> subnets, SharedNetworkIndex sharedNetworks) {

    public SubnetSelection {
        subnets = List.copyOf(subnets);
    }

    public Optional<Subnet4> select(SubnetSelector selector) {
        Optional<Inet4Address> named = selector.subnetSelection().or(selector::linkSelection)
            .or(() -> Optional.of(selector.giaddr()).filter(a -> selector.relayed()));
        if (named.isPresent()) {
            return containing(named.get());
        }
        if (!Ipv4Bytes.isAny(selector.ciaddr())) {
            Optional<Subnet4> byClient = containing(selector.ciaddr());
            if (byClient.isPresent()) {
                return byClient;
            }
        }
        return sharedNetworks.attachedTo(selector.interfaceName()).or(() -> selector.interfaceAddresses().stream()
            .map(this::containing).flatMap(Optional::stream).findFirst());
    }

    private Optional<Subnet4> containing(Inet4Address address) {
        return subnets.stream().filter(s -> s.prefix().contains(address)).findFirst();
    }
}
