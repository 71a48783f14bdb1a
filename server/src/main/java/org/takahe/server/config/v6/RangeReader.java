package org.takahe.server.config.v6;

import static org.takahe.server.config.v6.Dhcpv6Names.ADDRESS_POOL;
import static org.takahe.server.config.v6.Dhcpv6Names.ADDRESS_POOLS;
import static org.takahe.server.config.v6.Dhcpv6Names.ALLOCATION_RANGE;
import static org.takahe.server.config.v6.Dhcpv6Names.ID;
import static org.takahe.server.config.v6.Dhcpv6Names.INTERFACE;
import static org.takahe.server.config.v6.Dhcpv6Names.NETWORK_PREFIX;
import static org.takahe.server.config.v6.Dhcpv6Names.OPTION_SET_ID;
import static org.takahe.server.config.v6.Dhcpv6Names.PREFIX_POOL;
import static org.takahe.server.config.v6.Dhcpv6Names.PREFIX_POOLS;

import java.util.ArrayList;
import java.util.List;
import org.opendaylight.yangtools.yang.common.QName;
import org.opendaylight.yangtools.yang.data.api.schema.MapEntryNode;
import org.takahe.dhcp.config.v6.AddressPool6;
import org.takahe.dhcp.config.v6.Ipv6Prefix;
import org.takahe.dhcp.config.v6.PrefixPool6;
import org.takahe.dhcp.config.v6.Range6;
import org.takahe.dhcp.config.v6.Timers6;
import org.takahe.server.config.ConfigRefusal;
import org.takahe.server.config.YangData;

/** Reads one allocation-range with its pools into a {@link Range6}, every inherited value resolved. */
final class RangeReader {
    private RangeReader() {
    }

    /** @param global the allocation-ranges level, whose values the range inherits */
    static Range6 read(Lineage global, MapEntryNode entry) throws ConfigRefusal {
        String id = YangData.text(entry, ID).orElseThrow();
        Lineage range = global.child("allocation range " + id,
            Dhcpv6Paths.entry(Dhcpv6Paths.allocationRanges(), ALLOCATION_RANGE, entry), entry);
        Ipv6Prefix network = Values6.prefix(YangData.text(entry, NETWORK_PREFIX).orElseThrow(),
            range.path().node(NETWORK_PREFIX));
        // The range's own timers first: its pools inherit them, and a refusal should name where the fault is.
        Timers6 timers = range.timers();
        List<AddressPool6> addressPools = new ArrayList<>();
        for (MapEntryNode pool : pools(entry, ADDRESS_POOLS, ADDRESS_POOL)) {
            addressPools.add(PoolReader.addressPool(range, network, pool));
        }
        List<PrefixPool6> prefixPools = new ArrayList<>();
        for (MapEntryNode pool : pools(entry, PREFIX_POOLS, PREFIX_POOL)) {
            prefixPools.add(PoolReader.prefixPool(range, pool));
        }
        return new Range6(id, network, YangData.text(entry, INTERFACE), addressPools, prefixPools,
            YangData.texts(entry, OPTION_SET_ID), timers, range.rapidCommit());
    }

    private static List<MapEntryNode> pools(MapEntryNode range, QName container, QName list) {
        return YangData.container(range, container).map(c -> List.copyOf(YangData.entries(c, list)))
            .orElse(List.of());
    }
}
