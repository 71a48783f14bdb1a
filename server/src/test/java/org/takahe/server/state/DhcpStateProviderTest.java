package org.takahe.server.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.takahe.server.config.ModelNames.ACTIVE_LEASE;
import static org.takahe.server.config.ModelNames.ACTIVE_LEASES;
import static org.takahe.server.config.ModelNames.ADDRESS_POOL;
import static org.takahe.server.config.ModelNames.ADDRESS_POOLS;
import static org.takahe.server.config.ModelNames.ALLOCATED_COUNT;
import static org.takahe.server.config.ModelNames.ALLOCATION_RANGE;
import static org.takahe.server.config.ModelNames.ALLOCATION_RANGES;
import static org.takahe.server.config.ModelNames.DHCPV4_SERVER;
import static org.takahe.server.config.ModelNames.HARDWARE_ADDRESS;
import static org.takahe.server.config.ModelNames.ID;
import static org.takahe.server.config.ModelNames.LEASED_ADDRESS;
import static org.takahe.server.config.ModelNames.OUT_OF_POOL_LEASES;
import static org.takahe.server.config.ModelNames.POOL_ID;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.opendaylight.yangtools.yang.common.QName;
import org.opendaylight.yangtools.yang.common.Uint64;
import org.opendaylight.yangtools.yang.data.api.YangInstanceIdentifier.NodeIdentifier;
import org.opendaylight.yangtools.yang.data.api.YangInstanceIdentifier.NodeIdentifierWithPredicates;
import org.opendaylight.yangtools.yang.data.api.schema.ContainerNode;
import org.opendaylight.yangtools.yang.data.api.schema.DataContainerNode;
import org.opendaylight.yangtools.yang.data.api.schema.LeafNode;
import org.opendaylight.yangtools.yang.data.api.schema.MapEntryNode;
import org.opendaylight.yangtools.yang.data.api.schema.MapNode;
import org.takahe.dhcp.config.DhcpConfig;
import org.takahe.dhcp.config.Ipv4Prefix;
import org.takahe.dhcp.config.Ipv4Prefix.Ipv4;
import org.takahe.dhcp.config.LeaseTimers;
import org.takahe.dhcp.config.Options4;
import org.takahe.dhcp.config.Pool4;
import org.takahe.dhcp.config.Subnet4;
import org.takahe.lease.Lease4;

class DhcpStateProviderTest {
    private static final Subnet4 LAN = new Subnet4("lan", Ipv4Prefix.parse("198.18.0.0/24"),
        List.of(new Pool4("lan-pool", Ipv4.parse("198.18.0.100"), Ipv4.parse("198.18.0.109"))), Options4.none(),
        LeaseTimers.forLifetime(Duration.ofHours(1)));

    private static Lease4 lease(String address, String mac) {
        Instant now = Instant.now();
        return new Lease4(Ipv4.parse(address), mac, Optional.empty(), "lan", now, now, now.plusSeconds(600),
            Optional.empty());
    }

    private static DataContainerNode child(DataContainerNode parent, QName name) {
        return (DataContainerNode) parent.findChildByArg(new NodeIdentifier(name)).orElseThrow();
    }

    private static MapEntryNode entry(DataContainerNode parent, QName list, QName key, String value) {
        return ((MapNode) parent.findChildByArg(new NodeIdentifier(list)).orElseThrow())
            .findChildByArg(NodeIdentifierWithPredicates.of(list, key, value)).orElseThrow();
    }

    private static Set<String> addresses(DataContainerNode leases) {
        return ((MapNode) leases.findChildByArg(new NodeIdentifier(ACTIVE_LEASE)).orElseThrow()).body().stream()
            .map(e -> (String) ((LeafNode<?>) e.findChildByArg(new NodeIdentifier(LEASED_ADDRESS)).orElseThrow())
                .body()).collect(Collectors.toSet());
    }

    @Test
    void leasesOutsideThePoolsAreListedUnderTheirRangeAndPlaceholdersHaveNoHardwareAddress() {
        DhcpStateProvider provider = new DhcpStateProvider(
            () -> new DhcpConfig(List.of(), Optional.empty(), List.of(LAN)),
            () -> List.of(lease("198.18.0.100", "02:00:00:00:00:01"), lease("198.18.0.7", "02:00:00:00:00:02"),
                lease("198.18.0.200", "")),
            List::of);

        ContainerNode state = provider.state();
        MapEntryNode lan = entry(child(child(state, DHCPV4_SERVER), ALLOCATION_RANGES), ALLOCATION_RANGE, ID, "lan");
        DataContainerNode outOfPool = child(lan, OUT_OF_POOL_LEASES);
        DataContainerNode inPool = child(entry(child(lan, ADDRESS_POOLS), ADDRESS_POOL, POOL_ID, "lan-pool"),
            ACTIVE_LEASES);

        assertEquals(Set.of("198.18.0.7", "198.18.0.200"), addresses(outOfPool));
        assertEquals(Uint64.valueOf(2), ((LeafNode<?>) outOfPool.findChildByArg(new NodeIdentifier(ALLOCATED_COUNT))
            .orElseThrow()).body());
        assertEquals(Set.of("198.18.0.100"), addresses(inPool));
        MapEntryNode placeholder = entry(outOfPool, ACTIVE_LEASE, LEASED_ADDRESS, "198.18.0.200");
        assertEquals(Optional.empty(), placeholder.findChildByArg(new NodeIdentifier(HARDWARE_ADDRESS)));
    }
}
