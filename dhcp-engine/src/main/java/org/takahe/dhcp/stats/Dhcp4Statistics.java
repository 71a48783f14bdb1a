package org.takahe.dhcp.stats;

import java.util.Map;
import org.takahe.dhcp.wire.DropReason;
import org.takahe.dhcp.wire.MessageType;

/**
 * A point-in-time copy of the DHCPv4 counters; every type and reason is present, zero if never seen.
 *
 * @param droppedByType dropped messages by their type; a packet too broken to have one counts only by reason
 * @param reclaimedLeases expired client leases removed by background reclamation
 * @param reclaimedDeclined declined addresses put back in service by it once their probation ended
 */
public record Dhcp4Statistics(Map<MessageType, Long> received, Map<MessageType, Long> sent,
        Map<DropReason, Long> dropped, Map<MessageType, Long> droppedByType, long reclaimedLeases,
        long reclaimedDeclined) {

    public Dhcp4Statistics {
        received = Map.copyOf(received);
        sent = Map.copyOf(sent);
        dropped = Map.copyOf(dropped);
        droppedByType = Map.copyOf(droppedByType);
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

    /** Messages of this type dropped, whatever the reason. */
    public long dropped(MessageType type) {
        return droppedByType.getOrDefault(type, 0L);
    }

    public long totalDropped() {
        return dropped.values().stream().mapToLong(Long::longValue).sum();
    }
}
