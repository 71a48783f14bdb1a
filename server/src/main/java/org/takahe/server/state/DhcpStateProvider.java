package org.takahe.server.state;

import static org.takahe.server.config.ModelNames.*;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.opendaylight.yangtools.yang.common.Uint32;
import org.opendaylight.yangtools.yang.common.Uint64;
import org.opendaylight.yangtools.yang.data.api.YangInstanceIdentifier.NodeIdentifier;
import org.opendaylight.yangtools.yang.data.api.YangInstanceIdentifier.NodeIdentifierWithPredicates;
import org.opendaylight.yangtools.yang.data.api.schema.ContainerNode;
import org.opendaylight.yangtools.yang.data.api.schema.DataContainerChild;
import org.opendaylight.yangtools.yang.data.api.schema.MapEntryNode;
import org.opendaylight.yangtools.yang.data.api.schema.SystemMapNode;
import org.opendaylight.yangtools.yang.data.spi.node.ImmutableNodes;
import org.opendaylight.yangtools.yang.model.api.SchemaContext;
import org.takahe.dhcp.config.DhcpConfig;
import org.takahe.dhcp.config.Ipv4Prefix.Ipv4;
import org.takahe.dhcp.config.LeaseTimerPrecedence;
import org.takahe.dhcp.config.LeaseTimers;
import org.takahe.dhcp.config.Pool4;
import org.takahe.dhcp.config.Subnet4;
import org.takahe.dhcp.stats.AddressUsage;
import org.takahe.dhcp.stats.LeaseUsage;
import org.takahe.lease.Lease4;

/**
 * Builds the config-false part of takahe-dhcpv4-server (active leases per pool, leases outside the
 * pools per range, address usage per range, message statistics) from the engine's leases and counters, for
 * NETCONF {@code <get>}.
 */
public final class DhcpStateProvider {

    private final Supplier<DhcpConfig> config;
    private final Supplier<Collection<Lease4>> leases;
    private final Supplier<List<DataContainerChild>> statistics;

    /** @param statistics the children of the server-wide statistics container ({@link StatisticsCounters}) */
    public DhcpStateProvider(Supplier<DhcpConfig> config, Supplier<Collection<Lease4>> leases,
            Supplier<List<DataContainerChild>> statistics) {
        this.config = config;
        this.leases = leases;
        this.statistics = statistics;
    }

    /** The state as a root node holding the dhcpv4-server container. */
    public ContainerNode state() {
        Instant now = Instant.now();
        Collection<Lease4> all = leases.get();
        List<Subnet4> subnets = config.get().subnets();
        Map<String, List<Lease4>> activeBySubnet = all.stream().filter(l -> !l.isExpiredAt(now))
            .collect(Collectors.groupingBy(Lease4::subnetId));
        LeaseUsage usage = LeaseUsage.count(subnets, all, now);
        var ranges = ImmutableNodes.newSystemMapBuilder().withNodeIdentifier(new NodeIdentifier(ALLOCATION_RANGE));
        for (Subnet4 subnet : subnets) {
            ranges.withChild(range(subnet, activeBySubnet.getOrDefault(subnet.id(), List.of()), usage.subnet(
                subnet.id()), now));
        }
        var stats = ImmutableNodes.newContainerBuilder().withNodeIdentifier(new NodeIdentifier(STATISTICS));
        statistics.get().forEach(stats::withChild);
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

    /** A range's pools with their leases, and the range's leases outside every pool (reserved addresses). */
    private static MapEntryNode range(Subnet4 subnet, List<Lease4> active, AddressUsage usage, Instant now) {
        var pools = ImmutableNodes.newSystemMapBuilder().withNodeIdentifier(new NodeIdentifier(ADDRESS_POOL));
        for (Pool4 pool : subnet.pools()) {
            pools.withChild(pool(subnet, pool, active, now));
        }
        List<Lease4> outOfPool = active.stream().filter(lease -> subnet.pools().stream()
            .noneMatch(pool -> contains(pool, lease))).toList();
        return ImmutableNodes.newMapEntryBuilder()
            .withNodeIdentifier(NodeIdentifierWithPredicates.of(ALLOCATION_RANGE, ID, subnet.id()))
            .withChild(ImmutableNodes.leafNode(ID, subnet.id()))
            .withChild(rangeStatistics(usage))
            .withChild(ImmutableNodes.newContainerBuilder().withNodeIdentifier(new NodeIdentifier(OUT_OF_POOL_LEASES))
                .withChild(ImmutableNodes.leafNode(ALLOCATED_COUNT, Uint64.valueOf(outOfPool.size())))
                .withChild(leaseList(outOfPool, subnet, now))
                .build())
            .withChild(ImmutableNodes.newContainerBuilder().withNodeIdentifier(new NodeIdentifier(ADDRESS_POOLS))
                .withChild(pools.build()).build())
            .build();
    }

    /** Kea's subnet[id].total-addresses, assigned-addresses and declined-addresses. */
    private static ContainerNode rangeStatistics(AddressUsage usage) {
        return ImmutableNodes.newContainerBuilder().withNodeIdentifier(new NodeIdentifier(STATISTICS))
            .withChild(ImmutableNodes.leafNode(v4("total-addresses"), Uint64.valueOf(usage.total())))
            .withChild(ImmutableNodes.leafNode(v4("assigned-addresses"), Uint64.valueOf(usage.assigned())))
            .withChild(ImmutableNodes.leafNode(v4("declined-addresses"), Uint64.valueOf(usage.declined())))
            .build();
    }

    private static boolean contains(Pool4 pool, Lease4 lease) {
        long address = Integer.toUnsignedLong(Ipv4.toInt(lease.address()));
        return address >= Integer.toUnsignedLong(Ipv4.toInt(pool.start()))
            && address <= Integer.toUnsignedLong(Ipv4.toInt(pool.end()));
    }

    private static MapEntryNode pool(Subnet4 subnet, Pool4 pool, List<Lease4> active, Instant now) {
        long first = Integer.toUnsignedLong(Ipv4.toInt(pool.start()));
        long last = Integer.toUnsignedLong(Ipv4.toInt(pool.end()));
        List<Lease4> inPool = active.stream().filter(lease -> contains(pool, lease)).toList();
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
            // The pool's timers when it sets them; a class's lifetime is not known here (no packet, no classes).
            LeaseTimers timers = LeaseTimerPrecedence.forAddress(subnet, lease.address(), subnet.timers());
            var entry = ImmutableNodes.newMapEntryBuilder()
                .withNodeIdentifier(NodeIdentifierWithPredicates.of(ACTIVE_LEASE, LEASED_ADDRESS, address))
                .withChild(ImmutableNodes.leafNode(LEASED_ADDRESS, address))
                .withChild(ImmutableNodes.leafNode(ALLOCATION_TIME, dateAndTime(lease.allocated())))
                .withChild(ImmutableNodes.leafNode(LAST_RENEW, dateAndTime(lease.renewed())))
                .withChild(ImmutableNodes.leafNode(VALID_LIFETIME, seconds(lease.renewed(), lease.expires())))
                .withChild(ImmutableNodes.leafNode(LEASE_T1, Uint32.valueOf(timers.renewTime().toSeconds())))
                .withChild(ImmutableNodes.leafNode(LEASE_T2, Uint32.valueOf(timers.rebindTime().toSeconds())));
            if (!lease.hardwareAddress().isEmpty()) { // a declined address's placeholder has none
                entry.withChild(ImmutableNodes.leafNode(HARDWARE_ADDRESS, lease.hardwareAddress()));
            }
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
