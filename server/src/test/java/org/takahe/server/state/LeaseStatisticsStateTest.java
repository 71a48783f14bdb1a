package org.takahe.server.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.takahe.server.config.ModelNames.ALLOCATION_RANGE;
import static org.takahe.server.config.ModelNames.ALLOCATION_RANGES;
import static org.takahe.server.config.ModelNames.DHCPV4_SERVER;
import static org.takahe.server.config.ModelNames.ID;
import static org.takahe.server.config.ModelNames.STATISTICS;
import static org.takahe.server.config.ModelNames.v4;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.opendaylight.yangtools.yang.common.QName;
import org.opendaylight.yangtools.yang.common.Uint64;
import org.opendaylight.yangtools.yang.data.api.YangInstanceIdentifier.NodeIdentifier;
import org.opendaylight.yangtools.yang.data.api.YangInstanceIdentifier.NodeIdentifierWithPredicates;
import org.opendaylight.yangtools.yang.data.api.schema.DataContainerNode;
import org.opendaylight.yangtools.yang.data.api.schema.LeafNode;
import org.opendaylight.yangtools.yang.data.api.schema.MapNode;
import org.takahe.dhcp.alloc.AllocationEngine;
import org.takahe.dhcp.config.DhcpConfig;
import org.takahe.dhcp.config.Ipv4Prefix;
import org.takahe.dhcp.config.Ipv4Prefix.Ipv4;
import org.takahe.dhcp.config.LeaseTimers;
import org.takahe.dhcp.config.Options4;
import org.takahe.dhcp.config.Pool4;
import org.takahe.dhcp.config.Subnet4;
import org.takahe.dhcp.stats.Dhcp4Statistics;
import org.takahe.dhcp.wire.MessageType;
import org.takahe.lease.Lease4;

/** Address usage per range and counters per message type, as NETCONF state. */
class LeaseStatisticsStateTest {
    private static final QName MESSAGE = v4("message");

    private static Lease4 lease(String address, String mac, Instant expires) {
        return new Lease4(Ipv4.parse(address), mac, Optional.empty(), "lan", Instant.now().minusSeconds(60),
            Instant.now().minusSeconds(60), expires, Optional.empty());
    }

    private static DataContainerNode child(DataContainerNode parent, QName name) {
        return (DataContainerNode) parent.findChildByArg(new NodeIdentifier(name)).orElseThrow();
    }

    private static Object leaf(DataContainerNode parent, String name) {
        return ((LeafNode<?>) parent.findChildByArg(new NodeIdentifier(v4(name))).orElseThrow()).body();
    }

    @Test
    void eachRangeShowsItsTotalAssignedAndDeclinedAddresses() {
        Subnet4 lan = new Subnet4("lan", Ipv4Prefix.parse("198.18.0.0/24"),
            List.of(new Pool4("lan-pool", Ipv4.parse("198.18.0.100"), Ipv4.parse("198.18.0.109"))), Options4.none(),
            LeaseTimers.forLifetime(Duration.ofHours(1)));
        Instant later = Instant.now().plusSeconds(600);
        DhcpStateProvider provider = new DhcpStateProvider(
            () -> new DhcpConfig(List.of(), Optional.empty(), List.of(lan)),
            () -> List.of(lease("198.18.0.100", "02:00:00:00:00:01", later),
                lease("198.18.0.101", AllocationEngine.DECLINED, later),
                lease("198.18.0.102", "02:00:00:00:00:03", Instant.now().minusSeconds(1))),
            List::of);

        DataContainerNode range = ((MapNode) child(child(provider.state(), DHCPV4_SERVER), ALLOCATION_RANGES)
            .findChildByArg(new NodeIdentifier(ALLOCATION_RANGE)).orElseThrow())
            .findChildByArg(NodeIdentifierWithPredicates.of(ALLOCATION_RANGE, ID, "lan")).orElseThrow();
        DataContainerNode statistics = child(range, STATISTICS);
        assertEquals(Uint64.valueOf(10), leaf(statistics, "total-addresses"));
        assertEquals(Uint64.valueOf(2), leaf(statistics, "assigned-addresses"), "the expired lease is not counted");
        assertEquals(Uint64.valueOf(1), leaf(statistics, "declined-addresses"));
    }

    @Test
    void everyMessageTypeHasReceivedSentAndDroppedCountsAndReclamationIsCounted() {
        Map<MessageType, Long> received = new EnumMap<>(MessageType.class);
        received.put(MessageType.REQUEST, 7L);
        Map<MessageType, Long> sent = new EnumMap<>(MessageType.class);
        sent.put(MessageType.ACK, 5L);
        Map<MessageType, Long> droppedByType = new EnumMap<>(MessageType.class);
        droppedByType.put(MessageType.REQUEST, 2L);
        Dhcp4Statistics stats = new Dhcp4Statistics(received, sent, Map.of(), droppedByType, 3, 1);
        DhcpStateProvider provider = new DhcpStateProvider(() -> DhcpConfig.empty(), List::of,
            () -> StatisticsCounters.of(stats));

        DataContainerNode statistics = child(child(child(provider.state(), DHCPV4_SERVER), ALLOCATION_RANGES),
            STATISTICS);
        MapNode messages = (MapNode) statistics.findChildByArg(new NodeIdentifier(MESSAGE)).orElseThrow();
        assertEquals(MessageType.values().length, messages.size());
        DataContainerNode request = messages.findChildByArg(NodeIdentifierWithPredicates.of(MESSAGE, v4("type"),
            "request")).orElseThrow();
        assertEquals(Uint64.valueOf(7), leaf(request, "received-count"));
        assertEquals(Uint64.valueOf(0), leaf(request, "sent-count"));
        assertEquals(Uint64.valueOf(2), leaf(request, "dropped-count"));
        DataContainerNode ack = messages.findChildByArg(NodeIdentifierWithPredicates.of(MESSAGE, v4("type"), "ack"))
            .orElseThrow();
        assertEquals(Uint64.valueOf(5), leaf(ack, "sent-count"));
        assertEquals(Uint64.valueOf(7), leaf(statistics, "request-count"), "the RFC 9243-style leaves stay");
        assertEquals(Uint64.valueOf(3), leaf(statistics, "reclaimed-leases"));
        assertEquals(Uint64.valueOf(1), leaf(statistics, "reclaimed-declined-addresses"));
    }
}
