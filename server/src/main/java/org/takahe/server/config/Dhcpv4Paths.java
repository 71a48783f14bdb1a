package org.takahe.server.config;

import static org.takahe.server.config.ModelNames.ADDRESS_POOL;
import static org.takahe.server.config.ModelNames.ADDRESS_POOLS;
import static org.takahe.server.config.ModelNames.ALLOCATION_RANGE;
import static org.takahe.server.config.ModelNames.ALLOCATION_RANGES;
import static org.takahe.server.config.ModelNames.DHCPV4_SERVER;
import static org.takahe.server.config.ModelNames.ID;
import static org.takahe.server.config.ModelNames.POOL_ID;

import org.opendaylight.yangtools.yang.data.api.YangInstanceIdentifier;
import org.opendaylight.yangtools.yang.data.api.YangInstanceIdentifier.NodeIdentifierWithPredicates;

/** Instance identifiers of the DHCPv4 configuration nodes that errors point at. */
final class Dhcpv4Paths {
    private Dhcpv4Paths() {
    }

    static YangInstanceIdentifier server() {
        return YangInstanceIdentifier.of(DHCPV4_SERVER);
    }

    static YangInstanceIdentifier allocationRange(String id) {
        return server().node(ALLOCATION_RANGES).node(ALLOCATION_RANGE)
            .node(NodeIdentifierWithPredicates.of(ALLOCATION_RANGE, ID, id));
    }

    static YangInstanceIdentifier pool(String rangeId, String poolId) {
        return allocationRange(rangeId).node(ADDRESS_POOLS).node(ADDRESS_POOL)
            .node(NodeIdentifierWithPredicates.of(ADDRESS_POOL, POOL_ID, poolId));
    }
}
