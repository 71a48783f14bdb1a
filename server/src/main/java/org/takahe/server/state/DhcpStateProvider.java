package org.takahe.server.state;

import static org.takahe.server.config.ModelNames.*;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Supplier;
import org.opendaylight.yangtools.yang.common.Uint32;
import org.opendaylight.yangtools.yang.common.Uint64;
import org.opendaylight.yangtools.yang.data.api.YangInstanceIdentifier.NodeIdentifier;
import org.opendaylight.yangtools.yang.data.api.YangInstanceIdentifier.NodeIdentifierWithPredicates;
import org.opendaylight.yangtools.yang.data.api.schema.ContainerNode;
import org.opendaylight.yangtools.yang.data.api.schema.MapEntryNode;
import org.opendaylight.yangtools.yang.data.api.schema.SystemMapNode;
import org.opendaylight.yangtools.yang.data.spi.node.ImmutableNodes;
import org.opendaylight.yangtools.yang.model.api.SchemaContext;
import org.takahe.dhcp.config.DhcpConfig;
import org.takahe.dhcp.config.Ipv4Prefix.Ipv4;
import org.takahe.dhcp.config.Pool4;
import org.takahe.dhcp.config.Subnet4;
import org.takahe.lease.Lease4;

/**
 * Builds the config-false part of takahe-dhcpv4-server (active leases per pool, message
 * statistics) from the engine's leases and counters, for NETCONF {@code <get>}.
 */
public final class DhcpStateProvider {

    private final Supplier<DhcpConfig> config;
    private final Supplier<Collection<Lease4>> leases;
    private final Supplier<List<Counter>> statistics;

    /** One message counter: its leaf name in the statistics container and its value. */
    public record Counter(String leaf, long value) {
    }

    public DhcpStateProvider(Supplier<DhcpConfig> config, Supplier<Collection<Lease4>> leases,
            Supplier<List<Counter>> statistics) {
        this.config = config;
        this.leases = leases;
        this.statistics = statistics;
    }

    /** The state as a root node holding the dhcpv4-server container. */
    public ContainerNode state() {
        Instant now = Instant.now();
        Collection<Lease4> active = leases.get().stream().filter(l -> !l.isExpiredAt(now)).toList();
        var ranges = ImmutableNodes.newSystemMapBuilder().withNodeIdentifier(new NodeIdentifier(ALLOCATION_RANGE));
        for (Subnet4 subnet : config.get().subnets()) {
            ranges.withChild(range(subnet, active, now));
        }
        var stats = ImmutableNodes.newContainerBuilder().withNodeIdentifier(new NodeIdentifier(STATISTICS));
        for (Counter counter : statistics.get()) {
            stats.withChild(ImmutableNodes.leafNode(v4(counter.leaf()), Uint64.valueOf(counter.value())));
        }
        ContainerNode server = ImmutableNodes.newContainerBuilder()
            .withNodeIdentifier(new NodeIdentifier(DHCPV4_SERVER))
            .withChild(ImmutableNodes.newContainerBuilder().withNodeIdentifier(new NodeIdentifier(ALLOCATION_RANGES))
                .withChild(ranges.build())
                .withChild(stats.build())
                .build())
            .build();
        return ImmutableNodes.newContainerBuilder().withNodeIdentifier(new NodeIdentifier(SchemaContext.NAME))
            .withChild(server).build();
    }

    private static MapEntryNode range(Subnet4 subnet, Collection<Lease4> active, Instant now) {
        var pools = ImmutableNodes.newSystemMapBuilder().withNodeIdentifier(new NodeIdentifier(ADDRESS_POOL));
        for (Pool4 pool : subnet.pools()) {
            pools.withChild(pool(subnet, pool, active, now));
        }
        return ImmutableNodes.newMapEntryBuilder()
            .withNodeIdentifier(NodeIdentifierWithPredicates.of(ALLOCATION_RANGE, ID, subnet.id()))
            .withChild(ImmutableNodes.leafNode(ID, subnet.id()))
            .withChild(ImmutableNodes.newContainerBuilder().withNodeIdentifier(new NodeIdentifier(ADDRESS_POOLS))
                .withChild(pools.build()).build())
            .build();
    }

    private static MapEntryNode pool(Subnet4 subnet, Pool4 pool, Collection<Lease4> active, Instant now) {
        long first = Integer.toUnsignedLong(Ipv4.toInt(pool.start()));
        long last = Integer.toUnsignedLong(Ipv4.toInt(pool.end()));
        List<Lease4> inPool = new ArrayList<>();
        for (Lease4 lease : active) {
            long address = Integer.toUnsignedLong(Ipv4.toInt(lease.address()));
            if (lease.subnetId().equals(subnet.id()) && address >= first && address <= last) {
                inPool.add(lease);
            }
        }
        SystemMapNode leaseList = leaseList(inPool, subnet, now);
        return ImmutableNodes.newMapEntryBuilder()
            .withNodeIdentifier(NodeIdentifierWithPredicates.of(ADDRESS_POOL, POOL_ID, pool.id()))
            .withChild(ImmutableNodes.leafNode(POOL_ID, pool.id()))
            .withChild(ImmutableNodes.newContainerBuilder().withNodeIdentifier(new NodeIdentifier(ACTIVE_LEASES))
                .withChild(ImmutableNodes.leafNode(TOTAL_COUNT, Uint64.valueOf(Math.max(0, last - first + 1))))
                .withChild(ImmutableNodes.leafNode(ALLOCATED_COUNT, Uint64.valueOf(inPool.size())))
                .withChild(leaseList)
                .build())
            .build();
    }

    private static SystemMapNode leaseList(List<Lease4> leases, Subnet4 subnet, Instant now) {
        var list = ImmutableNodes.newSystemMapBuilder().withNodeIdentifier(new NodeIdentifier(ACTIVE_LEASE));
        for (Lease4 lease : leases) {
            String address = lease.address().getHostAddress();
            var entry = ImmutableNodes.newMapEntryBuilder()
                .withNodeIdentifier(NodeIdentifierWithPredicates.of(ACTIVE_LEASE, LEASED_ADDRESS, address))
                .withChild(ImmutableNodes.leafNode(LEASED_ADDRESS, address))
                .withChild(ImmutableNodes.leafNode(HARDWARE_ADDRESS, lease.hardwareAddress()))
                .withChild(ImmutableNodes.leafNode(ALLOCATION_TIME, dateAndTime(lease.allocated())))
                .withChild(ImmutableNodes.leafNode(LAST_RENEW, dateAndTime(lease.renewed())))
                .withChild(ImmutableNodes.leafNode(VALID_LIFETIME, seconds(lease.renewed(), lease.expires())))
                .withChild(ImmutableNodes.leafNode(LEASE_T1, Uint32.valueOf(subnet.timers().renewTime().toSeconds())))
                .withChild(ImmutableNodes.leafNode(LEASE_T2,
                    Uint32.valueOf(subnet.timers().rebindTime().toSeconds())));
            lease.clientId().ifPresent(id -> entry.withChild(ImmutableNodes.leafNode(CLIENT_ID, hexString(id))));
            lease.hostname().ifPresent(name -> entry.withChild(ImmutableNodes.leafNode(HOSTNAME, name)));
            list.withChild(entry.build());
        }
        return list.build();
    }

    private static String dateAndTime(Instant instant) {
        return instant.truncatedTo(ChronoUnit.SECONDS).toString();
    }

    private static Uint32 seconds(Instant from, Instant to) {
        return Uint32.valueOf(Math.max(0, to.getEpochSecond() - from.getEpochSecond()));
    }

    /** yang:hex-string wants octets separated by colons; the store keeps plain hex. */
    private static String hexString(String hex) {
        StringBuilder out = new StringBuilder(hex.length() * 3 / 2);
        for (int i = 0; i + 1 < hex.length(); i += 2) {
            if (i > 0) {
                out.append(':');
            }
            out.append(hex, i, i + 2);
        }
        return out.toString();
    }
}
