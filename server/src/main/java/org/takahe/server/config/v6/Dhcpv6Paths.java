package org.takahe.server.config.v6;

import static org.takahe.server.config.v6.Dhcpv6Names.ALLOCATION_RANGES;
import static org.takahe.server.config.v6.Dhcpv6Names.DHCPV6_SERVER;

import org.opendaylight.yangtools.yang.common.QName;
import org.opendaylight.yangtools.yang.data.api.YangInstanceIdentifier;
import org.opendaylight.yangtools.yang.data.api.schema.MapEntryNode;

/** Instance identifiers of the DHCPv6 configuration nodes that refusals point at. */
final class Dhcpv6Paths {
    private Dhcpv6Paths() {
    }

    static YangInstanceIdentifier server() {
        return YangInstanceIdentifier.of(DHCPV6_SERVER);
    }

    static YangInstanceIdentifier allocationRanges() {
        return server().node(ALLOCATION_RANGES);
    }

    /** An entry of the list {@code list}, held by the container {@code container} under {@code parent}. */
    static YangInstanceIdentifier entry(YangInstanceIdentifier parent, QName container, QName list,
            MapEntryNode entry) {
        return parent.node(container).node(list).node(entry.name());
    }

    /** An entry of the list {@code list} directly under {@code parent}. */
    static YangInstanceIdentifier entry(YangInstanceIdentifier parent, QName list, MapEntryNode entry) {
        return parent.node(list).node(entry.name());
    }
}
