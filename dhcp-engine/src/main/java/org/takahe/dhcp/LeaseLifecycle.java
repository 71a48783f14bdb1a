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
import org.takahe.dhcp.config.DhcpConfig;
import org.takahe.dhcp.config.ExpiredLeasesProcessing;
import org.takahe.dhcp.stats.PoolUtilizationMonitor;
import org.takahe.lease.LeaseStore;

/**
 * The engine's background work on leases, on one thread of its own (never an event loop, never a worker, never per
 * packet): reclamation cycles spaced by the configuration's reclaim-timer-wait-time (Kea's pause between the end of
 * one cycle and the start of the next), and pool utilization checks shortly after leases change, coalesced so a
 * burst of commits costs one check, or when a lease of a pool at its threshold expires. Idle until the first
 * configuration.
 */
final class LeaseLifecycle implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(LeaseLifecycle.class);
    /**
     * How long a utilization check waits after the first change, gathering the changes that follow: a check reads
     * every lease, so under a steady stream of commits it runs at most twice a second.
     */
    private static final Duration CHECK_DELAY = Duration.ofMillis(500);

    private final ScheduledThreadPoolExecutor thread = new ScheduledThreadPoolExecutor(1,
        Thread.ofPlatform().name("dhcp4-leases").daemon(true).factory());
    private final LeaseStore leases;
    private final Clock clock;
    private final LeaseReclaimer reclaimer;
    private final PoolUtilizationMonitor monitor;
    private final AtomicBoolean checkPending = new AtomicBoolean();
    private volatile @Nullable DhcpConfig config;
    /** Bumped whenever cycles are rescheduled, so a cycle of an older schedule does not start another chain. */
    private long generation;
    private @Nullable ScheduledFuture<?> nextCycle;
    /** Touched only on the lifecycle thread. */
    private @Nullable ScheduledFuture<?> expiryCheck;

    LeaseLifecycle(LeaseStore leases, Clock clock, LeaseReclaimer reclaimer, PoolUtilizationMonitor monitor) {
        this.leases = leases;
        this.clock = clock;
        this.reclaimer = reclaimer;
        this.monitor = monitor;
        // At close, waiting cycles and checks are dropped; one under way finishes (a store write is not cut off).
        thread.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
    }

    /** Serves this configuration from now on; reclamation is rescheduled if its settings changed. */
    void configure(DhcpConfig next) {
        DhcpConfig previous = config;
        config = next;
        if (previous == null || !previous.expiredLeases().equals(next.expiredLeases())) {
            synchronized (this) {
                generation++;
                if (nextCycle != null) {
                    nextCycle.cancel(false);
                }
                nextCycle = scheduleCycle(next.expiredLeases(), generation);
            }
        }
        leasesChanged(); // pools and thresholds may have changed
    }

    /** Leases changed: a utilization check follows shortly. Cheap enough for the packet path. */
    void leasesChanged() {
        if (config != null && checkPending.compareAndSet(false, true)) {
            submit(this::checkUtilization, CHECK_DELAY);
        }
    }

    private @Nullable ScheduledFuture<?> scheduleCycle(ExpiredLeasesProcessing settings, long ofGeneration) {
        return settings.enabled() ? submit(() -> cycle(ofGeneration), settings.reclaimTimerWaitTime()) : null;
    }

    private void cycle(long ofGeneration) {
        DhcpConfig current = config;
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
        DhcpConfig current = config;
        if (current == null) {
            return;
        }
        Optional<Instant> nextExpiry;
        try {
            nextExpiry = monitor.check(current.subnets(), leases.all(), clock.instant());
        } catch (RuntimeException e) {
            DhcpMessages.DHCP4_POOL_UTILIZATION_CHECK_FAILED.log(LOG, e.toString(), e);
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
