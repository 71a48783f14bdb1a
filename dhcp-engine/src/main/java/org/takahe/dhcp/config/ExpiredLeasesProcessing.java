package org.takahe.dhcp.config;

import java.time.Duration;

/**
 * How expired leases are reclaimed in the background (Kea's {@code expired-leases-processing}).
 *
 * @param reclaimTimerWaitTime pause between the end of one reclamation cycle and the start of the next; zero
 *     turns background reclamation off (expired addresses are still reused when they are leased anew)
 * @param maxReclaimLeases most leases one cycle reclaims; zero means no limit
 * @param maxReclaimTime most time one cycle runs; zero means no limit
 * @param holdReclaimedTime how long a client's expired lease is kept before it is reclaimed, so the client gets
 *     its address back if it returns (lease affinity); a declined address is recovered as soon as its probation
 *     ends, whatever this says
 * @param unwarnedReclaimCycles consecutive cycles that may end with expired leases left over before a warning is
 *     logged; zero never warns
 */
public record ExpiredLeasesProcessing(Duration reclaimTimerWaitTime, int maxReclaimLeases, Duration maxReclaimTime,
        Duration holdReclaimedTime, int unwarnedReclaimCycles) {

    /** Kea's defaults: every 10 s, at most 100 leases or 250 ms per cycle, hold for an hour, warn after 5 cycles. */
    public static final ExpiredLeasesProcessing DEFAULTS = new ExpiredLeasesProcessing(Duration.ofSeconds(10), 100,
        Duration.ofMillis(250), Duration.ofHours(1), 5);

    public ExpiredLeasesProcessing {
        if (reclaimTimerWaitTime.isNegative() || maxReclaimTime.isNegative() || holdReclaimedTime.isNegative()
                || maxReclaimLeases < 0 || unwarnedReclaimCycles < 0) {
            throw new IllegalArgumentException("expired-leases-processing settings cannot be negative");
        }
    }

    /** Whether leases are reclaimed in the background at all. */
    public boolean enabled() {
        return !reclaimTimerWaitTime.isZero();
    }
}
