package org.takahe.dhcp.config;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The hook libraries in service, in the order their callouts run at each point.
 *
 * @param calloutTimeout how long one callout may run before its verdict is given up on
 */
public record HookLibraries(List<ConfiguredHookLibrary> libraries, Duration calloutTimeout) {
    /** Kea has no callout time limit; ours is long enough for a lookup and far below a client's first retry. */
    public static final Duration DEFAULT_CALLOUT_TIMEOUT = Duration.ofMillis(500);

    public HookLibraries {
        libraries = List.copyOf(libraries);
        if (calloutTimeout.isNegative() || calloutTimeout.isZero()) {
            throw new IllegalArgumentException("callout timeout " + calloutTimeout + " is not positive");
        }
        Set<String> names = new HashSet<>();
        for (ConfiguredHookLibrary library : libraries) {
            if (!names.add(library.name())) {
                throw new IllegalArgumentException("hook library " + library.name() + " is configured twice");
            }
        }
    }

    public static HookLibraries none() {
        return new HookLibraries(List.of(), DEFAULT_CALLOUT_TIMEOUT);
    }
}
