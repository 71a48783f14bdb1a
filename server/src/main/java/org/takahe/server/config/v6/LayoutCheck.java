package org.takahe.server.config.v6;

import static org.takahe.server.config.v6.Dhcpv6Names.ADDRESS_POOL;
import static org.takahe.server.config.v6.Dhcpv6Names.ADDRESS_POOLS;
import static org.takahe.server.config.v6.Dhcpv6Names.ALLOCATION_RANGE;
import static org.takahe.server.config.v6.Dhcpv6Names.ID;
import static org.takahe.server.config.v6.Dhcpv6Names.NETWORK_PREFIX;
import static org.takahe.server.config.v6.Dhcpv6Names.POOL_ID;
import static org.takahe.server.config.v6.Dhcpv6Names.POOL_PREFIX;
import static org.takahe.server.config.v6.Dhcpv6Names.PREFIX_POOL;
import static org.takahe.server.config.v6.Dhcpv6Names.PREFIX_POOLS;

import java.net.Inet6Address;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.opendaylight.yangtools.yang.common.QName;
import org.opendaylight.yangtools.yang.data.api.YangInstanceIdentifier;
import org.opendaylight.yangtools.yang.data.api.YangInstanceIdentifier.NodeIdentifierWithPredicates;
import org.takahe.dhcp.config.v6.AddressPool6;
import org.takahe.dhcp.config.v6.Ipv6Prefix;
import org.takahe.dhcp.config.v6.PrefixPool6;
import org.takahe.dhcp.config.v6.Range6;
import org.takahe.server.config.ConfigRefusal;

/**
 * What no single range can check: that two ranges do not claim the same link, and that no address or prefix can be
 * handed out from two pools (of one range or of two), which would lease it twice.
 */
final class LayoutCheck {
    private LayoutCheck() {
    }

    /**
     * @throws ConfigRefusal naming the later of two conflicting nodes, ranges ordered by id and pools by id within
     *     their range: the lists are not ordered by the operator, so this keeps the message the same each time
     */
    static void check(List<Range6> ranges) throws ConfigRefusal {
        List<Range6> byId = ranges.stream().sorted(Comparator.comparing(Range6::id)).toList();
        distinctLinks(byId);
        prefixPools(byId, addressPools(byId));
    }

    private static void distinctLinks(List<Range6> ranges) throws ConfigRefusal {
        Map<Ipv6Prefix, String> links = new HashMap<>();
        for (Range6 range : ranges) {
            String other = links.putIfAbsent(range.prefix(), range.id());
            if (other != null) {
                throw new ConfigRefusal(range(range).node(NETWORK_PREFIX), "network-prefix " + range.prefix()
                    + " is already the prefix of allocation range " + other);
            }
        }
    }

    /** @return the address pools, each with its range */
    private static List<Addresses> addressPools(List<Range6> ranges) throws ConfigRefusal {
        List<Addresses> addressPools = new ArrayList<>();
        for (Range6 range : ranges) {
            for (AddressPool6 pool : sorted(range.addressPools(), AddressPool6::id)) {
                Addresses placed = new Addresses("address pool " + pool.id() + " (" + Values6.text(pool.start())
                    + " - " + Values6.text(pool.end()) + ") of allocation range " + range.id(), pool.start(),
                    pool.end());
                for (Addresses earlier : addressPools) {
                    if (overlap(placed.start(), placed.end(), earlier.start(), earlier.end())) {
                        throw new ConfigRefusal(pool(range, ADDRESS_POOLS, ADDRESS_POOL, pool.id()),
                            placed + " overlaps " + earlier);
                    }
                }
                addressPools.add(placed);
            }
        }
        return addressPools;
    }

    private static void prefixPools(List<Range6> ranges, List<Addresses> addressPools) throws ConfigRefusal {
        List<Prefixes> prefixPools = new ArrayList<>();
        for (Range6 range : ranges) {
            for (PrefixPool6 pool : sorted(range.prefixPools(), PrefixPool6::id)) {
                YangInstanceIdentifier path = pool(range, PREFIX_POOLS, PREFIX_POOL, pool.id()).node(POOL_PREFIX);
                Prefixes placed = new Prefixes("prefix pool " + pool.id() + " (" + pool.poolPrefix()
                    + ") of allocation range " + range.id(), pool.poolPrefix());
                for (Prefixes earlier : prefixPools) {
                    if (earlier.prefix().contains(placed.prefix()) || placed.prefix().contains(earlier.prefix())) {
                        throw new ConfigRefusal(path, placed + " overlaps " + earlier);
                    }
                }
                for (Addresses addresses : addressPools) {
                    if (overlap(addresses.start(), addresses.end(), placed.prefix())) {
                        throw new ConfigRefusal(path, placed + " would delegate addresses of " + addresses);
                    }
                }
                prefixPools.add(placed);
            }
        }
    }

    private static <P> List<P> sorted(List<P> pools, Function<P, String> id) {
        return pools.stream().sorted(Comparator.comparing(id)).toList();
    }

    private static boolean overlap(Inet6Address start, Inet6Address end, Inet6Address otherStart,
            Inet6Address otherEnd) {
        return Values6.compare(start, otherEnd) <= 0 && Values6.compare(otherStart, end) <= 0;
    }

    private static boolean overlap(Inet6Address start, Inet6Address end, Ipv6Prefix prefix) {
        Inet6Address last = Ipv6Prefix.toAddress(prefix.high() | ~mask(prefix.length()),
            prefix.low() | ~mask(prefix.length() - 64));
        return overlap(start, end, prefix.networkAddress(), last);
    }

    /** The network mask of a 64-bit half for a prefix of {@code bits} in it (none below 0, all above 64). */
    private static long mask(int bits) {
        return bits <= 0 ? 0 : bits >= 64 ? -1L : -1L << (64 - bits);
    }

    private static YangInstanceIdentifier range(Range6 range) {
        return Dhcpv6Paths.allocationRanges().node(ALLOCATION_RANGE)
            .node(NodeIdentifierWithPredicates.of(ALLOCATION_RANGE, ID, range.id()));
    }

    private static YangInstanceIdentifier pool(Range6 range, QName container, QName list, String poolId) {
        return range(range).node(container).node(list).node(NodeIdentifierWithPredicates.of(list, POOL_ID, poolId));
    }

    /** An address pool already seen, with the name a refusal gives it. */
    private record Addresses(String name, Inet6Address start, Inet6Address end) {
        @Override
        public String toString() {
            return name;
        }
    }

    /** A prefix pool already seen, with the name a refusal gives it. */
    private record Prefixes(String name, Ipv6Prefix prefix) {
        @Override
        public String toString() {
            return name;
        }
    }
}
