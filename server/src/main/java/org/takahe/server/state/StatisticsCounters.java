package org.takahe.server.state;

import static org.takahe.server.config.ModelNames.v4;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.opendaylight.yangtools.yang.common.QName;
import org.opendaylight.yangtools.yang.common.Uint64;
import org.opendaylight.yangtools.yang.data.api.YangInstanceIdentifier.NodeIdentifier;
import org.opendaylight.yangtools.yang.data.api.YangInstanceIdentifier.NodeIdentifierWithPredicates;
import org.opendaylight.yangtools.yang.data.api.schema.DataContainerChild;
import org.opendaylight.yangtools.yang.data.spi.node.ImmutableNodes;
import org.takahe.dhcp.stats.Dhcp4Statistics;
import org.takahe.dhcp.wire.MessageType;

/**
 * Maps the engine's counters onto the statistics container of takahe-dhcpv4-server: the RFC 9243-style leaves
 * (discover-count ...), one message entry per message type with its received, sent and dropped counts, and the
 * reclamation counts.
 */
public final class StatisticsCounters {
    private static final QName MESSAGE = v4("message");
    private static final QName TYPE = v4("type");

    private StatisticsCounters() {
    }

    public static List<DataContainerChild> of(Dhcp4Statistics stats) {
        List<DataContainerChild> children = new ArrayList<>(List.of(
            counter("discover-count", stats.received(MessageType.DISCOVER)),
            counter("offer-count", stats.sent(MessageType.OFFER)),
            counter("request-count", stats.received(MessageType.REQUEST)),
            counter("ack-count", stats.sent(MessageType.ACK)),
            counter("nak-count", stats.sent(MessageType.NAK)),
            counter("release-count", stats.received(MessageType.RELEASE)),
            counter("decline-count", stats.received(MessageType.DECLINE)),
            counter("inform-count", stats.received(MessageType.INFORM)),
            counter("discarded-message-count", stats.totalDropped()),
            counter("reclaimed-leases", stats.reclaimedLeases()),
            counter("reclaimed-declined-addresses", stats.reclaimedDeclined())));
        var messages = ImmutableNodes.newSystemMapBuilder().withNodeIdentifier(new NodeIdentifier(MESSAGE));
        for (MessageType type : MessageType.values()) {
            String name = type.name().toLowerCase(Locale.ROOT);
            messages.withChild(ImmutableNodes.newMapEntryBuilder()
                .withNodeIdentifier(NodeIdentifierWithPredicates.of(MESSAGE, TYPE, name))
                .withChild(ImmutableNodes.leafNode(TYPE, name))
                .withChild(counter("received-count", stats.received(type)))
                .withChild(counter("sent-count", stats.sent(type)))
                .withChild(counter("dropped-count", stats.dropped(type)))
                .build());
        }
        children.add(messages.build());
        return List.copyOf(children);
    }

    private static DataContainerChild counter(String leaf, long value) {
        return ImmutableNodes.leafNode(v4(leaf), Uint64.valueOf(value));
    }
}
