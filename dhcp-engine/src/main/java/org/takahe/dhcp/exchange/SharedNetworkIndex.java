package org.takahe.dhcp.exchange;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.takahe.dhcp.config.DhcpConfig;
import org.takahe.dhcp.config.SharedNetwork4;
import org.takahe.dhcp.config.Subnet4;

/**
 * Which subnets share a link, looked up by subnet; built once per configuration. A subnet outside any
 * shared network is a link of its own.
 */
public final class SharedNetworkIndex {
    private final Map<String, SharedNetwork4> networkBySubnet = new HashMap<>();
    private final Map<String, List<Subnet4>> membersByNetwork = new HashMap<>();
    private final Map<String, Subnet4> firstByInterface = new HashMap<>();

    public SharedNetworkIndex(DhcpConfig config) {
        Map<String, Subnet4> subnets = config.subnets().stream()
            .collect(Collectors.toMap(Subnet4::id, Function.identity()));
        for (SharedNetwork4 network : config.sharedNetworks()) {
            // Preflight refuses unknown members; a member missing here would only mean a smaller link.
            List<Subnet4> members = network.subnetIds().stream().map(subnets::get)
                .filter(Objects::nonNull).toList();
            membersByNetwork.put(network.name(), members);
            members.forEach(subnet -> networkBySubnet.put(subnet.id(), network));
            if (!members.isEmpty()) {
                network.interfaceName().ifPresent(name -> firstByInterface.putIfAbsent(name, members.getFirst()));
            }
        }
    }

    /** The shared network the subnet belongs to, if any. */
    public Optional<SharedNetwork4> networkOf(Subnet4 subnet) {
        return Optional.ofNullable(networkBySubnet.get(subnet.id()));
    }

    /** All subnets on the subnet's link in configured order: its shared network's members, or just itself. */
    public List<Subnet4> link(Subnet4 subnet) {
        return networkOf(subnet).map(network -> membersByNetwork.get(network.name())).orElse(List.of(subnet));
    }

    /** The first subnet of the shared network attached to this interface, if one is. */
    public Optional<Subnet4> attachedTo(String interfaceName) {
        return Optional.ofNullable(firstByInterface.get(interfaceName));
    }
}
