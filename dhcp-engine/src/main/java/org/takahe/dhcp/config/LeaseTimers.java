package org.takahe.dhcp.config;

import java.time.Duration;

/**
 * Lease lifetime and the renewal (T1) and rebinding (T2) times sent with it.
 * RFC 2131 §4.4.5 requires T1 &lt; T2 &lt; valid lifetime; the translator enforces it.
 */
public record LeaseTimers(Duration validLifetime, Duration renewTime, Duration rebindTime) {

    /** RFC 2131's recommended fractions of the lifetime: T1 = 0.5, T2 = 0.875. */
    public static LeaseTimers forLifetime(Duration valid) {
        return new LeaseTimers(valid, valid.dividedBy(2), valid.multipliedBy(7).dividedBy(8));
    }
}
