package org.takahe.dhcp.stats;

import java.util.Map;
import org.takahe.dhcp.wire.DropReason;
import org.takahe.dhcp.wire.MessageType;

/** A point-in-time copy of the DHCPv4 counters; every type and reason is present, zero if never seen. */
public record Dhcp4Statistics(Map<MessageType, Long> received, Map<MessageType, Long> sent,
        Map<DropReason, Long> dropped) {

    public Dhcp4Statistics {
        received = Map.copyOf(received);
        sent = Map.copyOf(sent);
        dropped = Map.copyOf(dropped);
    }

    public long received(MessageType type) {
        return received.getOrDefault(type, 0L);
    }

    public long sent(MessageType type) {
        return sent.getOrDefault(type, 0L);
    }

    public long dropped(DropReason reason) {
        return dropped.getOrDefault(reason, 0L);
    }

    public long totalDropped() {
        return dropped.values().stream().mapToLong(Long::longValue).sum();
    }
}
