package org.takahe.server.state;

import java.util.List;
import org.takahe.dhcp.stats.Dhcp4Statistics;
import org.takahe.dhcp.wire.MessageType;
import org.takahe.server.state.DhcpStateProvider.Counter;

/** Maps the engine's message counters onto the statistics leaves of takahe-dhcpv4-server. */
public final class StatisticsCounters {
    private StatisticsCounters() {
    }

    public static List<Counter> of(Dhcp4Statistics stats) {
        return List.of(
            new Counter("discover-count", stats.received(MessageType.DISCOVER)),
            new Counter("offer-count", stats.sent(MessageType.OFFER)),
            new Counter("request-count", stats.received(MessageType.REQUEST)),
            new Counter("ack-count", stats.sent(MessageType.ACK)),
            new Counter("nak-count", stats.sent(MessageType.NAK)),
            new Counter("release-count", stats.received(MessageType.RELEASE)),
            new Counter("decline-count", stats.received(MessageType.DECLINE)),
            new Counter("inform-count", stats.received(MessageType.INFORM)),
            new Counter("discarded-message-count", stats.totalDropped()));
    }
}
