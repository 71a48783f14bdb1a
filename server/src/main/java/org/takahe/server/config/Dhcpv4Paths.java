package org.takahe.server.config;

import static org.takahe.server.config.ModelNames.ADDRESS_POOL;
import static org.takahe.server.config.ModelNames.ADDRESS_POOLS;
import static org.takahe.server.config.ModelNames.ALLOCATION_RANGE;
import static org.takahe.server.config.ModelNames.ALLOCATION_RANGES;
import static org.takahe.server.config.ModelNames.CLIENT_CLASS;
import static org.takahe.server.config.ModelNames.CLIENT_CLASSES;
import static org.takahe.server.config.ModelNames.DHCPV4_SERVER;
import static org.takahe.server.config.ModelNames.HOST_RESERVATION;
import static org.takahe.server.config.ModelNames.HOST_RESERVATIONS;
import static org.takahe.server.config.ModelNames.ID;
import static org.takahe.server.config.ModelNames.NAME;
import static org.takahe.server.config.ModelNames.POOL_ID;
import static org.takahe.server.config.ModelNames.RESERVATION_ID;
import static org.takahe.server.config.ModelNames.SHARED_NETWORK;
import static org.takahe.server.config.ModelNames.SHARED_NETWORKS;

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

    static YangInstanceIdentifier clientClass(String name) {
        return server().node(CLIENT_CLASSES).node(CLIENT_CLASS)
            .node(NodeIdentifierWithPredicates.of(CLIENT_CLASS, NAME, name));
    }

    static YangInstanceIdentifier sharedNetwork(String name) {
        return server().node(SHARED_NETWORKS).node(SHARED_NETWORK)
            .node(NodeIdentifierWithPredicates.of(SHARED_NETWORK, NAME, name));
    }

    static YangInstanceIdentifier reservation(String rangeId, String reservationId) {
        return allocationRange(rangeId).node(HOST_RESERVATIONS).node(HOST_RESERVATION)
            .node(NodeIdentifierWithPredicates.of(HOST_RESERVATION, RESERVATION_ID, reservationId));
    }

    static YangInstanceIdentifier pool(String rangeId, String poolId) {
        return allocationRange(rangeId).node(ADDRESS_POOLS).node(ADDRESS_POOL)
            .node(NodeIdentifierWithPredicates.of(ADDRESS_POOL, POOL_ID, poolId));
    }
}
