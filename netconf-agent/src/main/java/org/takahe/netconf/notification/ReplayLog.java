package org.takahe.netconf.notification;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * The newest events of the NETCONF stream, kept for replay (RFC 5277 §3.3). Bounded: the oldest
 * event is dropped when a new one would exceed the capacity. Not thread-safe; the hub guards it.
 */
final class ReplayLog {

    private final int capacity;
    private final Deque<NetconfEvent> events = new ArrayDeque<>();
    private final Instant created;

    ReplayLog(int capacity, Instant created) {
        if (capacity < 1) {
            throw new IllegalArgumentException("the replay log must hold at least one event");
        }
        this.capacity = capacity;
        this.created = created;
    }

    void add(NetconfEvent event) {
        if (events.size() == capacity) {
            events.removeFirst();
        }
        events.addLast(event);
    }

    /** The stored events at or after {@code from}, oldest first. */
    List<NetconfEvent> since(Instant from) {
        return events.stream().filter(event -> !event.eventTime().isBefore(from)).toList();
    }

    /** replayLogCreationTime. */
    Instant created() {
        return created;
    }
}
