package org.takahe.dhcp.stats;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.LongAdder;
import org.takahe.dhcp.wire.DropReason;
import org.takahe.dhcp.wire.MessageType;

/**
 * Live counters, updated from the event loop and the workers. LongAdder keeps contended increments
 * cheap; the maps are filled once and never change shape, so reads need no lock.
 */
public final class Dhcp4Counters {
    private final Map<MessageType, LongAdder> received = adders(MessageType.class);
    private final Map<MessageType, LongAdder> sent = adders(MessageType.class);
    private final Map<DropReason, LongAdder> dropped = adders(DropReason.class);
    private final Map<MessageType, LongAdder> droppedByType = adders(MessageType.class);
    private final LongAdder reclaimedLeases = new LongAdder();
    private final LongAdder reclaimedDeclined = new LongAdder();

    public void received(MessageType type) {
        received.get(type).increment();
    }

    public void sent(MessageType type) {
        sent.get(type).increment();
    }

    /** A drop of a packet too broken to have a message type. */
    public void dropped(DropReason reason) {
        dropped.get(reason).increment();
    }

    /** A drop of a message, counted by its type too when it has one. */
    public void dropped(DropReason reason, Optional<MessageType> type) {
        dropped.get(reason).increment();
        type.ifPresent(t -> droppedByType.get(t).increment());
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
        return new Dhcp4Statistics(sums(received), sums(sent), sums(dropped), sums(droppedByType),
            reclaimedLeases.sum(), reclaimedDeclined.sum());
    }

    private static <K extends Enum<K>> Map<K, LongAdder> adders(Class<K> type) {
        Map<K, LongAdder> map = new EnumMap<>(type);
        for (K key : type.getEnumConstants()) {
            map.put(key, new LongAdder());
        }
        return map;
    }

    private static <K extends Enum<K>> Map<K, Long> sums(Map<K, LongAdder> adders) {
        Map<K, Long> copy = new HashMap<>();
        adders.forEach((key, adder) -> copy.put(key, adder.sum()));
        return copy;
    }
}
