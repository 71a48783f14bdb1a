package org.takahe.dhcp;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.takahe.dhcp.alloc.LeaseReclaimer;
import org.takahe.dhcp.config.ExpiredLeasesProcessing;
import org.takahe.lease.LeaseFamily;

/**
 * One engine's background work on its family's leases, on one thread of its own (never an event loop, never a
 * worker, never per packet): reclamation cycles spaced by reclaim-timer-wait-time (Kea's pause between the end of
 * one cycle and the start of the next), and pool utilization checks shortly after leases change, coalesced so a
 * burst of commits costs one check, or when a lease of a pool at its threshold expires. Idle until the first
 * {@link #configure}. The DHCPv4 and the DHCPv6 engine each run one, with the settings of their own configuration.
 */
public final class LeaseLifecycle implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(LeaseLifecycle.class);
    /**
     * How long a utilization check waits after the first change, gathering the changes that follow: a check reads
     * every lease, so under a steady stream of commits it runs at most twice a second.
     */
    private static final Duration CHECK_DELAY = Duration.ofMillis(500);

    /** Checks the pools of the configuration in service, e.g. through a {@code PoolUtilizationMonitor}. */
    @FunctionalInterface
    public interface UtilizationCheck {
        /**
         * @return when to check again although no lease changes (the first lease of a pool at its threshold
         *     expires), if ever
         */
        Optional<Instant> check(Instant now);
    }

    /** What the lifecycle serves: the reclamation settings, and the utilization check of the same configuration. */
    private record Served(ExpiredLeasesProcessing expiredLeases, UtilizationCheck utilization) {
    }

    private final ScheduledThreadPoolExecutor thread;
    private final String familyName;
    private final Clock clock;
    private final LeaseReclaimer reclaimer;
    private final AtomicBoolean checkPending = new AtomicBoolean();
    private volatile @Nullable Served served;
    /** Bumped whenever cycles are rescheduled, so a cycle of an older schedule does not start another chain. */
    private long generation;
    private @Nullable ScheduledFuture<?> nextCycle;
    /** Touched only on the lifecycle thread. */
    private @Nullable ScheduledFuture<?> expiryCheck;

    /** @param reclaimer reclaims the leases of {@code family} */
    public LeaseLifecycle(LeaseFamily family, Clock clock, LeaseReclaimer reclaimer) {
        this.familyName = family == LeaseFamily.V4 ? "DHCPv4" : "DHCPv6";
        this.clock = clock;
        this.reclaimer = reclaimer;
        this.thread = new ScheduledThreadPoolExecutor(1, Thread.ofPlatform()
            .name(family == LeaseFamily.V4 ? "dhcp4-leases" : "dhcp6-leases").daemon(true).factory());
        // At close, waiting cycles and checks are dropped; one under way finishes (a store write is not cut off).
        thread.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
    }

    /**
     * Serves a configuration from now on: reclamation is rescheduled if its settings changed, and utilization is
     * checked with the new pools and thresholds.
     */
    public void configure(ExpiredLeasesProcessing expiredLeases, UtilizationCheck utilization) {
        Served previous = served;
        served = new Served(expiredLeases, utilization);
        if (previous == null || !previous.expiredLeases().equals(expiredLeases)) {
            synchronized (this) {
                generation++;
                if (nextCycle != null) {
                    nextCycle.cancel(false);
                }
                nextCycle = scheduleCycle(expiredLeases, generation);
            }
        }
        leasesChanged(); // pools and thresholds may have changed
    }

    /** Leases changed: a utilization check follows shortly. Cheap enough for the packet path. */
    public void leasesChanged() {
        if (served != null && checkPending.compareAndSet(false, true)) {
            submit(this::checkUtilization, CHECK_DELAY);
        }
    }

    private @Nullable ScheduledFuture<?> scheduleCycle(ExpiredLeasesProcessing settings, long ofGeneration) {
        return settings.enabled() ? submit(() -> cycle(ofGeneration), settings.reclaimTimerWaitTime()) : null;
    }

    private void cycle(long ofGeneration) {
        Served current = served;
        if (current == null) {
            return;
        }
        LeaseReclaimer.Cycle done = reclaimer.reclaim(current.expiredLeases());
        if (done.reclaimed() + done.recoveredDeclined() > 0) {
            leasesChanged();
        }
        synchronized (this) {
            if (ofGeneration == generation) {
                nextCycle = scheduleCycle(current.expiredLeases(), generation);
            }
        }
    }

    private void checkUtilization() {
        checkPending.set(false); // first, so a change made during the check asks for another
        Served current = served;
        if (current == null) {
            return;
        }
        Optional<Instant> nextExpiry;
        try {
            nextExpiry = current.utilization().check(clock.instant());
        } catch (RuntimeException e) {
            LifecycleMessages.POOL_UTILIZATION_CHECK_FAILED.log(LOG, familyName, e.toString(), e);
            return;
        }
        if (expiryCheck != null) {
            expiryCheck.cancel(false);
            expiryCheck = null;
        }
        nextExpiry.ifPresent(at -> expiryCheck = submit(this::checkUtilization,
            Duration.between(clock.instant(), at).plusMillis(1)));
    }

    private @Nullable ScheduledFuture<?> submit(Runnable task, Duration delay) {
        try {
            return thread.schedule(task, Math.max(0, delay.toNanos()), TimeUnit.NANOSECONDS);
        } catch (RejectedExecutionException closed) {
            return null; // the engine is closing
        }
    }

    @Override
    public void close() {
        thread.shutdown();
        try {
            thread.awaitTermination(1, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
