package org.takahe.server.config;

import static org.takahe.server.config.ModelNames.ID;
import static org.takahe.server.config.ModelNames.INTERFACE;
import static org.takahe.server.config.ModelNames.NAME;
import static org.takahe.server.config.ModelNames.OPTION_SET_ID;
import static org.takahe.server.config.ModelNames.SHARED_NETWORK;
import static org.takahe.server.config.ModelNames.SHARED_NETWORKS;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.opendaylight.yangtools.yang.data.api.schema.DataContainerNode;
import org.opendaylight.yangtools.yang.data.api.schema.MapEntryNode;
import org.takahe.dhcp.config.SharedNetwork4;
import org.takahe.dhcp.config.Subnet4;

/**
 * Reads shared-networks, and the allocation ranges that join them, into {@link SharedNetwork4} records.
 * Members are ordered by network prefix, lowest first: the model's range list is ordered by the system,
 * so the order must come from the data to be the same after every restart.
 */
final class SharedNetworkReader {
    private SharedNetworkReader() {
    }

    /** The name of the shared network the range joins, if any. */
    private static Optional<String> networkOf(MapEntryNode range) {
        return YangData.text(range, SHARED_NETWORK);
    }

    /**
     * The shared networks with their members.
     *
     * @param ranges the allocation-range entries, whose ids are the subnets' ids
     * @param dhcpInterfaces the interfaces DHCPv4 is configured on
     * @throws ConfigRefusal when a shared network is attached to an interface DHCPv4 does not serve, or to
     *     one another shared network is already attached to
     */
    static List<SharedNetwork4> read(DataContainerNode v4, Collection<MapEntryNode> ranges, List<Subnet4> subnets,
            List<String> dhcpInterfaces) throws ConfigRefusal {
        Map<String, Subnet4> subnetById = new HashMap<>();
        subnets.forEach(subnet -> subnetById.put(subnet.id(), subnet));
        Map<String, List<Subnet4>> members = new HashMap<>();
        for (MapEntryNode range : ranges) {
            Subnet4 subnet = subnetById.get(YangData.text(range, ID).orElseThrow());
            networkOf(range).ifPresent(name -> members.computeIfAbsent(name, n -> new ArrayList<>())
                .add(subnet));
        }
        Map<String, String> networkByInterface = new LinkedHashMap<>();
        List<SharedNetwork4> result = new ArrayList<>();
        for (MapEntryNode network : networks(v4)) {
            String name = YangData.text(network, NAME).orElseThrow();
            Optional<String> attached = YangData.text(network, INTERFACE);
            if (attached.isPresent()) {
                checkInterface(name, attached.get(), dhcpInterfaces, networkByInterface);
            }
            List<String> memberIds = members.getOrDefault(name, List.of()).stream()
                .sorted(Comparator.comparing((Subnet4 s) -> s.prefix().network(), Integer::compareUnsigned))
                .map(Subnet4::id).toList();
            result.add(new SharedNetwork4(name, memberIds, YangData.texts(network, OPTION_SET_ID), attached));
        }
        return List.copyOf(result);
    }

    private static void checkInterface(String network, String interfaceName, List<String> dhcpInterfaces,
            Map<String, String> networkByInterface) throws ConfigRefusal {
        if (!dhcpInterfaces.contains(interfaceName)) {
            throw new ConfigRefusal(Dhcpv4Paths.sharedNetwork(network).node(INTERFACE), "shared network " + network
                + " is attached to interface " + interfaceName + ", which is not a DHCPv4 interface "
                + dhcpInterfaces);
        }
        String other = networkByInterface.putIfAbsent(interfaceName, network);
        if (other != null) {
            throw new ConfigRefusal(Dhcpv4Paths.sharedNetwork(network).node(INTERFACE), "shared network " + network
                + " is attached to interface " + interfaceName + ", which shared network " + other
                + " is already attached to");
        }
    }

    private static Collection<MapEntryNode> networks(DataContainerNode v4) {
        return YangData.container(v4, SHARED_NETWORKS).map(c -> YangData.entries(c, SHARED_NETWORK))
            .orElse(List.of());
    }
}
