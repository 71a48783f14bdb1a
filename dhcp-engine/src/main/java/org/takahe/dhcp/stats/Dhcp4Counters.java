package org.takahe.dhcp.stats;

import java.util.Optional;
import java.util.concurrent.atomic.LongAdder;
import org.takahe.dhcp.wire.DropReason;
import org.takahe.dhcp.wire.MessageType;

/** Live DHCPv4 counters, updated from the event loop and the workers. */
public final class Dhcp4Counters {
    private final EnumCounters<MessageType> received = new EnumCounters<>(MessageType.class);
    private final EnumCounters<MessageType> sent = new EnumCounters<>(MessageType.class);
    private final EnumCounters<DropReason> dropped = new EnumCounters<>(DropReason.class);
    private final EnumCounters<MessageType> droppedByType = new EnumCounters<>(MessageType.class);
    private final LongAdder reclaimedLeases = new LongAdder();
    private final LongAdder reclaimedDeclined = new LongAdder();

    public void received(MessageType type) {
        received.increment(type);
    }

    public void sent(MessageType type) {
        sent.increment(type);
    }

    /** A drop of a packet too broken to have a message type. */
    public void dropped(DropReason reason) {
        dropped.increment(reason);
    }

    /** A drop of a message, counted by its type too when it has one. */
    public void dropped(DropReason reason, Optional<MessageType> type) {
        dropped.increment(reason);
        type.ifPresent(droppedByType::increment);
    }

    /** Background reclamation removed an expired client lease. */
    public void leaseReclaimed() {
        reclaimedLeases.increment();
    }

    /** Background reclamation put a declined address back in service. */
    public void declinedReclaimed() {
        reclaimedDeclined.increment();
    }

    public Dhcp4Statistics snapshot() {
        return new Dhcp4Statistics(received.snapshot(), sent.snapshot(), dropped.snapshot(),
            droppedByType.snapshot(), reclaimedLeases.sum(), reclaimedDeclined.sum());
    }
}
