package org.takahe.server.state;

import java.math.BigInteger;
import java.net.Inet6Address;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.opendaylight.yangtools.yang.common.QName;
import org.opendaylight.yangtools.yang.common.QNameModule;
import org.opendaylight.yangtools.yang.common.Uint16;
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
import org.takahe.dhcp.config.v6.AddressPool6;
import org.takahe.dhcp.config.v6.Dhcp6Config;
import org.takahe.dhcp.config.v6.Ipv6Prefix;
import org.takahe.dhcp.config.v6.PrefixPool6;
import org.takahe.dhcp.config.v6.Range6;
import org.takahe.dhcp.v6.Dhcp6Statistics;
import org.takahe.dhcp.wire.Ipv6Bytes;
import org.takahe.lease.Lease6;
import org.takahe.lease.LeaseType;

/**
 * Builds the config-false part of ietf-dhcpv6-server (RFC 9243): the active leases of every address and prefix pool
 * and the server's message counters, from the engine's leases and statistics, for NETCONF {@code <get>}.
 */
public final class Dhcpv6StateProvider {
    static final QNameModule IETF =
        QNameModule.ofRevision("urn:ietf:params:xml:ns:yang:ietf-dhcpv6-server", "2022-06-20");
    private static final BigInteger UINT64_MAX = BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE);
    private static final long UINT32_MASK = 0xffff_ffffL;

    private final Supplier<Dhcp6Config> config;
    private final Supplier<Collection<Lease6>> leases;
    private final Supplier<Dhcp6Statistics> statistics;

    public Dhcpv6StateProvider(Supplier<Dhcp6Config> config, Supplier<Collection<Lease6>> leases,
            Supplier<Dhcp6Statistics> statistics) {
        this.config = config;
        this.leases = leases;
        this.statistics = statistics;
    }

    /** The state as a root node holding the dhcpv6-server container. */
    public ContainerNode state() {
        Instant now = Instant.now();
        Map<String, List<Lease6>> activeByRange = leases.get().stream()
            .filter(lease -> !lease.isExpiredAt(now) && !lease.isDeclined())
            .collect(Collectors.groupingBy(Lease6::subnetId));
        var ranges = ImmutableNodes.newSystemMapBuilder().withNodeIdentifier(id("allocation-range"));
        for (Range6 range : config.get().ranges()) {
            ranges.withChild(range(range, activeByRange.getOrDefault(range.id(), List.of()), now));
        }
        ContainerNode server = ImmutableNodes.newContainerBuilder().withNodeIdentifier(id("dhcpv6-server"))
            .withChild(ImmutableNodes.newContainerBuilder().withNodeIdentifier(id("allocation-ranges"))
                .withChild(ranges.build())
                .withChild(statistics(statistics.get()))
                .build())
            .build();
        return ImmutableNodes.newContainerBuilder().withNodeIdentifier(new NodeIdentifier(SchemaContext.NAME))
            .withChild(server).build();
    }

    private static MapEntryNode range(Range6 range, List<Lease6> active, Instant now) {
        var entry = ImmutableNodes.newMapEntryBuilder()
            .withNodeIdentifier(NodeIdentifierWithPredicates.of(qname("allocation-range"), qname("id"), range.id()))
            .withChild(ImmutableNodes.leafNode(qname("id"), range.id()));
        if (!range.addressPools().isEmpty()) {
            var pools = ImmutableNodes.newSystemMapBuilder().withNodeIdentifier(id("address-pool"));
            for (AddressPool6 pool : range.addressPools()) {
                List<Lease6> inPool = active.stream()
                    .filter(lease -> lease.type() == LeaseType.NA && inRange(pool, lease.address())).toList();
                pools.withChild(pool("address-pool", pool.id(), addressCount(pool), inPool, "leased-address", now));
            }
            entry.withChild(ImmutableNodes.newContainerBuilder().withNodeIdentifier(id("address-pools"))
                .withChild(pools.build()).build());
        }
        if (!range.prefixPools().isEmpty()) {
            var pools = ImmutableNodes.newSystemMapBuilder().withNodeIdentifier(id("prefix-pool"));
            for (PrefixPool6 pool : range.prefixPools()) {
                Predicate<Lease6> delegated = lease -> lease.type() == LeaseType.PD
                    && pool.poolPrefix().contains(Ipv6Prefix.of(lease.address(), lease.prefixLength()));
                List<Lease6> inPool = active.stream().filter(delegated).toList();
                pools.withChild(pool("prefix-pool", pool.id(), BigInteger.valueOf(pool.size()), inPool,
                    "leased-prefix", now));
            }
            entry.withChild(ImmutableNodes.newContainerBuilder().withNodeIdentifier(id("prefix-pools"))
                .withChild(pools.build()).build());
        }
        return entry.build();
    }

    private static MapEntryNode pool(String list, String poolId, BigInteger total, List<Lease6> inPool,
            String key, Instant now) {
        return ImmutableNodes.newMapEntryBuilder()
            .withNodeIdentifier(NodeIdentifierWithPredicates.of(qname(list), qname("pool-id"), poolId))
            .withChild(ImmutableNodes.leafNode(qname("pool-id"), poolId))
            .withChild(ImmutableNodes.newContainerBuilder().withNodeIdentifier(id("active-leases"))
                .withChild(ImmutableNodes.leafNode(qname("total-count"), Uint64.valueOf(total.min(UINT64_MAX))))
                .withChild(ImmutableNodes.leafNode(qname("allocated-count"), Uint64.valueOf(inPool.size())))
                .withChild(leaseList(inPool, key, now))
                .build())
            .build();
    }

    private static SystemMapNode leaseList(List<Lease6> leases, String key, Instant now) {
        var list = ImmutableNodes.newSystemMapBuilder().withNodeIdentifier(id("active-lease"));
        for (Lease6 lease : leases) {
            String leased = lease.type() == LeaseType.PD
                ? Ipv6Prefix.of(lease.address(), lease.prefixLength()).toString()
                : Ipv6Bytes.toText(lease.address());
            var entry = ImmutableNodes.newMapEntryBuilder()
                .withNodeIdentifier(NodeIdentifierWithPredicates.of(qname("active-lease"), qname(key), leased))
                .withChild(ImmutableNodes.leafNode(qname(key), leased))
                .withChild(ImmutableNodes.leafNode(qname("ia-id"), Uint32.valueOf(lease.iaid())))
                .withChild(ImmutableNodes.leafNode(qname("allocation-time"), dateAndTime(lease.allocated())))
                .withChild(ImmutableNodes.leafNode(qname("last-renew-rebind"), dateAndTime(lease.renewed())))
                .withChild(ImmutableNodes.leafNode(qname("preferred-lifetime"),
                    seconds(lease.renewed(), lease.preferredUntil())))
                .withChild(ImmutableNodes.leafNode(qname("valid-lifetime"), seconds(lease.renewed(), lease.expires())))
                .withChild(ImmutableNodes.leafNode(qname("lease-t1"), Uint32.valueOf(clamp(lease.t1().toSeconds()))))
                .withChild(ImmutableNodes.leafNode(qname("lease-t2"), Uint32.valueOf(clamp(lease.t2().toSeconds()))))
                .withChild(ImmutableNodes.newContainerBuilder().withNodeIdentifier(id("status"))
                    .withChild(ImmutableNodes.leafNode(qname("code"), Uint16.ZERO))
                    .withChild(ImmutableNodes.leafNode(qname("message"), "Success"))
                    .build());
            if (lease.duid().length() >= 6) {
                entry.withChild(ImmutableNodes.leafNode(qname("client-duid"), lease.duid()));
            }
            list.withChild(entry.build());
        }
        return list.build();
    }

    /** RFC 9243's counters are counter32: they wrap, as a management station expects of them. */
    private static ContainerNode statistics(Dhcp6Statistics stats) {
        List<DataContainerChild> counters = List.of(
            counter("solicit-count", stats.solicitCount()),
            counter("advertise-count", stats.advertiseCount()),
            counter("request-count", stats.requestCount()),
            counter("confirm-count", stats.confirmCount()),
            counter("renew-count", stats.renewCount()),
            counter("rebind-count", stats.rebindCount()),
            counter("reply-count", stats.replyCount()),
            counter("release-count", stats.releaseCount()),
            counter("decline-count", stats.declineCount()),
            counter("reconfigure-count", stats.reconfigureCount()),
            counter("information-request-count", stats.informationRequestCount()),
            counter("discarded-message-count", stats.discardedMessageCount()));
        var container = ImmutableNodes.newContainerBuilder().withNodeIdentifier(id("statistics"));
        counters.forEach(container::withChild);
        return container.build();
    }

    private static DataContainerChild counter(String leaf, long value) {
        return ImmutableNodes.leafNode(qname(leaf), Uint32.valueOf(value & UINT32_MASK));
    }

    private static boolean inRange(AddressPool6 pool, Inet6Address address) {
        return compare(address, pool.start()) >= 0 && compare(address, pool.end()) <= 0;
    }

    private static int compare(Inet6Address a, Inet6Address b) {
        int high = Long.compareUnsigned(Ipv6Prefix.high(a), Ipv6Prefix.high(b));
        return high != 0 ? high : Long.compareUnsigned(Ipv6Prefix.low(a), Ipv6Prefix.low(b));
    }

    private static BigInteger addressCount(AddressPool6 pool) {
        return new BigInteger(1, pool.end().getAddress()).subtract(new BigInteger(1, pool.start().getAddress()))
            .add(BigInteger.ONE).max(BigInteger.ZERO);
    }

    private static String dateAndTime(Instant instant) {
        return instant.truncatedTo(ChronoUnit.SECONDS).toString();
    }

    private static Uint32 seconds(Instant from, Instant to) {
        return Uint32.valueOf(clamp(to.getEpochSecond() - from.getEpochSecond()));
    }

    private static long clamp(long seconds) {
        return Math.max(0, Math.min(UINT32_MASK, seconds));
    }

    private static QName qname(String localName) {
        return QName.create(IETF, localName);
    }

    private static NodeIdentifier id(String localName) {
        return new NodeIdentifier(qname(localName));
    }
}
