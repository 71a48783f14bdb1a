package org.takahe.dhcp.hooks;

import java.util.Map;
import org.takahe.dhcp.hooks.api.HookPoint;

/** A point-in-time copy of the callout counters: library name → point → counts, for every callout ever configured. */
public record HookStatistics(Map<String, Map<HookPoint, CalloutCounts>> byLibrary) {

    public HookStatistics {
        byLibrary = Map.copyOf(byLibrary);
    }

    /** The counts of one library's callout at one point; all zero if it never had one. */
    public CalloutCounts of(String library, HookPoint point) {
        return byLibrary.getOrDefault(library, Map.of()).getOrDefault(point, new CalloutCounts(0, 0, 0, 0, 0));
    }
}
