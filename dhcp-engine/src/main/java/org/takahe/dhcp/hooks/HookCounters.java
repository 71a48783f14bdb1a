package org.takahe.dhcp.hooks;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.LongAdder;
import org.takahe.dhcp.hooks.api.HookPoint;
import org.takahe.dhcp.hooks.api.NextStep;

/**
 * Callout counters per library and point, kept for the engine's lifetime so they survive reconfiguration. The
 * dispatcher fetches a callout's counters once when a configuration is installed, never per packet.
 */
public final class HookCounters {
    private final ConcurrentMap<String, ConcurrentMap<HookPoint, Counters>> byLibrary = new ConcurrentHashMap<>();

    /** The counters of one callout; the same object for the same library and point every time. */
    Counters of(String library, HookPoint point) {
        return byLibrary.computeIfAbsent(library, l -> new ConcurrentHashMap<>())
            .computeIfAbsent(point, p -> new Counters());
    }

    public HookStatistics snapshot() {
        Map<String, Map<HookPoint, CalloutCounts>> copy = new HashMap<>();
        byLibrary.forEach((library, points) -> {
            Map<HookPoint, CalloutCounts> counts = new EnumMap<>(HookPoint.class);
            points.forEach((point, counters) -> counts.put(point, counters.snapshot()));
            copy.put(library, Map.copyOf(counts));
        });
        return new HookStatistics(copy);
    }

    /** One callout's adders. */
    static final class Counters {
        private final LongAdder calls = new LongAdder();
        private final LongAdder failures = new LongAdder();
        private final LongAdder timeouts = new LongAdder();
        private final LongAdder skips = new LongAdder();
        private final LongAdder drops = new LongAdder();

        void called() {
            calls.increment();
        }

        void failed() {
            failures.increment();
        }

        void timedOut() {
            timeouts.increment();
        }

        void answered(NextStep step) {
            switch (step) {
                case SKIP -> skips.increment();
                case DROP -> drops.increment();
                case CONTINUE -> { }
            }
        }

        CalloutCounts snapshot() {
            return new CalloutCounts(calls.sum(), failures.sum(), timeouts.sum(), skips.sum(), drops.sum());
        }
    }
}
