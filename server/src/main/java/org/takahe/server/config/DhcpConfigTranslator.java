package org.takahe.server.config;

import static org.takahe.server.config.ModelNames.ADDRESS_POOL;
import static org.takahe.server.config.ModelNames.ADDRESS_POOLS;
import static org.takahe.server.config.ModelNames.ALLOCATION_RANGE;
import static org.takahe.server.config.ModelNames.ALLOCATION_RANGES;
import static org.takahe.server.config.ModelNames.DHCPV4_INTERFACE;
import static org.takahe.server.config.ModelNames.DHCPV4_SERVER;
import static org.takahe.server.config.ModelNames.ENABLED;
import static org.takahe.server.config.ModelNames.END_ADDRESS;
import static org.takahe.server.config.ModelNames.ID;
import static org.takahe.server.config.ModelNames.INTERFACES_CONFIG;
import static org.takahe.server.config.ModelNames.NETWORK_PREFIX;
import static org.takahe.server.config.ModelNames.POOL_ID;
import static org.takahe.server.config.ModelNames.SERVER_ID;
import static org.takahe.server.config.ModelNames.SERVER_ROOT;
import static org.takahe.server.config.ModelNames.START_ADDRESS;

import java.net.Inet4Address;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.opendaylight.yangtools.yang.data.api.YangInstanceIdentifier;
import org.opendaylight.yangtools.yang.data.api.schema.ContainerNode;
import org.opendaylight.yangtools.yang.data.api.schema.DataContainerNode;
import org.opendaylight.yangtools.yang.data.api.schema.MapEntryNode;
import org.takahe.dhcp.config.ClientClass4;
import org.takahe.dhcp.config.DhcpConfig;
import org.takahe.dhcp.config.Ipv4Prefix;
import org.takahe.dhcp.config.Ipv4Prefix.Ipv4;
import org.takahe.dhcp.config.OptionConfig4;
import org.takahe.dhcp.config.Pool4;
import org.takahe.dhcp.config.Subnet4;

/**
 * The one place YANG configuration becomes engine configuration: reads takahe-dhcpv4-server and
 * takahe-server data out of a whole running tree (with the model's defaults filled in by the
 * datastore) and builds the immutable {@link DhcpConfig}.
 */
public final class DhcpConfigTranslator {

    /** Builds the engine's view of the configuration, or says which node it cannot serve. */
    DhcpConfig translate(ContainerNode root) throws ConfigRefusal {
        Optional<DataContainerNode> server = YangData.container(root, DHCPV4_SERVER);
        List<String> interfaces = YangData.container(root, SERVER_ROOT)
            .flatMap(s -> YangData.container(s, INTERFACES_CONFIG))
            .map(c -> YangData.texts(c, DHCPV4_INTERFACE)).orElse(List.of());
        if (server.isEmpty()) {
            return new DhcpConfig(List.of(), Optional.empty(), List.of());
        }
        DataContainerNode v4 = server.orElseThrow();
        boolean enabled = YangData.bool(v4, ENABLED).orElseThrow();
        Optional<Inet4Address> serverId = YangData.text(v4, SERVER_ID).map(Ipv4::parse);
        OptionConfig4 options = OptionConfigReader.read(v4);
        List<ClientClass4> classes = ClientClassReader.read(v4);
        List<Subnet4> subnets = new ArrayList<>();
        Optional<DataContainerNode> ranges = YangData.container(v4, ALLOCATION_RANGES);
        Collection<MapEntryNode> rangeEntries = ranges.map(g -> YangData.entries(g, ALLOCATION_RANGE))
            .orElse(List.of());
        if (ranges.isPresent()) {
            DataContainerNode global = ranges.orElseThrow();
            for (MapEntryNode range : rangeEntries) {
                subnets.add(subnet(global, range, classes));
            }
        }
        return new DhcpConfig(enabled ? interfaces : List.of(), serverId, subnets,
            SharedNetworkReader.read(v4, rangeEntries, subnets, interfaces), classes).withOptions(options)
            .withExpiredLeases(LeaseLifecycleReader.expiredLeases(v4, ModelNames.DHCPV4))
            .withDeclineProbation(LeaseLifecycleReader.declineProbation(v4, ModelNames.DHCPV4));
    }

    private static Subnet4 subnet(DataContainerNode global, MapEntryNode range, List<ClientClass4> classes)
            throws ConfigRefusal {
        String id = YangData.text(range, ID).orElseThrow();
        Ipv4Prefix prefix = Ipv4Prefix.parse(YangData.text(range, NETWORK_PREFIX).orElseThrow());
        List<Pool4> pools = new ArrayList<>();
        Optional<DataContainerNode> poolsNode = YangData.container(range, ADDRESS_POOLS);
        if (poolsNode.isPresent()) {
            for (MapEntryNode pool : YangData.entries(poolsNode.orElseThrow(), ADDRESS_POOL)) {
                pools.add(pool(global, range, pool, classes));
            }
        }
        return new Subnet4(id, prefix, pools, OptionConfigReader.references(range),
            LeaseLifecycleReader.rangeTimers(global, range),
            ReservationReader.authoritative(global, range), ReservationReader.matchClientId(global, range),
            ReservationReader.reservations(global, range, id),
            ClientClassReader.restriction(range, classes, Dhcpv4Paths.allocationRange(id)));
    }

    private static Pool4 pool(DataContainerNode global, MapEntryNode range, MapEntryNode pool,
            List<ClientClass4> classes) throws ConfigRefusal {
        String poolId = YangData.text(pool, POOL_ID).orElseThrow();
        YangInstanceIdentifier path = Dhcpv4Paths.pool(YangData.text(range, ID).orElseThrow(), poolId);
        return new Pool4(poolId, Ipv4.parse(YangData.text(pool, START_ADDRESS).orElseThrow()),
            Ipv4.parse(YangData.text(pool, END_ADDRESS).orElseThrow()),
            ClientClassReader.restriction(pool, classes, path), OptionConfigReader.references(pool),
            LeaseLifecycleReader.poolTimers(global, range, pool), LeaseLifecycleReader.utilizationThreshold(pool));
    }
}
