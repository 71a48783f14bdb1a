package org.takahe.dhcp.alloc;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.takahe.dhcp.LifecycleMessages;
import org.takahe.dhcp.config.ExpiredLeasesProcessing;
import org.takahe.lease.Lease;
import org.takahe.lease.LeaseFamily;
import org.takahe.lease.LeaseStore;
import org.takahe.lease.LeaseStoreException;
import org.takahe.lease.LeaseType;

/**
 * One lease reclamation cycle at a time for one family's leases (Kea's periodic reclamation of expired leases), with
 * bounded work: at most {@code max-reclaim-leases} leases and about {@code max-reclaim-time} per cycle, the rest left
 * to the next one. First the placeholders of declined addresses and prefixes whose probation has ended are removed
 * (they are recovered), then client leases that have been expired for {@code hold-reclaimed-time}, earliest expiry
 * first. A lease is removed only if it is still the one read (a client may renew it meanwhile), and only then
 * reported to the {@link Listener}, which runs the expire callouts and counts it. The family's engine owns one: both
 * families' leases share a store, and each engine reclaims its own under its own settings.
 *
 * <p>Not thread safe: one background thread runs the cycles.
 */
public final class LeaseReclaimer {
    private static final Logger LOG = LoggerFactory.getLogger(LeaseReclaimer.class);
    /** Leases read per store query when a cycle has no lease limit. */
    private static final int UNLIMITED_BATCH = 1000;

    /** What happens around each reclaimed lease beyond its removal from the store. */
    public interface Listener {
        /** A client's expired lease has been removed; the expire callouts run here. */
        void leaseReclaimed(Lease expired);

        /** A declined address's (or prefix's) placeholder has been removed: it is back in service. */
        void declinedRecovered(Lease placeholder);
    }

    /**
     * What one cycle did.
     *
     * @param reclaimed client leases removed
     * @param recoveredDeclined declined addresses recovered
     * @param leftOver whether it stopped at its lease or time limit with expired leases still waiting
     * @param took how long the cycle ran
     */
    public record Cycle(int reclaimed, int recoveredDeclined, boolean leftOver, Duration took) {
    }

    private final LeaseStore store;
    private final Clock clock;
    private final Listener listener;
    private final LeaseFamily family;
    /** "DHCPv4" or "DHCPv6", as the cycle messages name the family. */
    private final String familyName;
    private int cyclesLeavingLeases;

    /** @param family whose leases this reclaimer looks after; the other family's are left alone */
    public LeaseReclaimer(LeaseStore store, Clock clock, Listener listener, LeaseFamily family) {
        this.store = store;
        this.clock = clock;
        this.listener = listener;
        this.family = family;
        this.familyName = family == LeaseFamily.V4 ? "DHCPv4" : "DHCPv6";
    }

    /** Runs one cycle under these limits and logs its summary. */
    public Cycle reclaim(ExpiredLeasesProcessing settings) {
        Budget budget = new Budget(settings, clock.instant());
        try {
            recoverDeclined(budget);
            reclaimExpired(budget, budget.start.minus(settings.holdReclaimedTime()));
        } catch (LeaseStoreException | RuntimeException e) {
            LifecycleMessages.LEASE_RECLAIM_FAILED.log(LOG, familyName, budget.reclaimed + budget.recovered,
                e.toString());
        }
        boolean leftOver = budget.exhausted() && waiting(budget.start, settings.holdReclaimedTime());
        Cycle cycle = new Cycle(budget.reclaimed, budget.recovered, leftOver,
            Duration.between(budget.start, clock.instant()));
        report(cycle, settings);
        return cycle;
    }

    /** Declined addresses come back as soon as their probation ends; holding them for affinity means nothing. */
    private void recoverDeclined(Budget budget) throws LeaseStoreException {
        List<Lease> ended = store.findDeclined(family).stream().filter(lease -> lease.isExpiredAt(budget.start))
            .sorted(Lease.BY_EXPIRY).toList();
        for (Lease placeholder : ended) {
            if (budget.exhausted()) {
                return;
            }
            remove(placeholder, budget);
        }
    }

    private void reclaimExpired(Budget budget, Instant cutoff) throws LeaseStoreException {
        while (!budget.exhausted()) {
            List<Lease> batch = store.findExpired(family, cutoff, budget.nextBatch());
            if (batch.isEmpty()) {
                return;
            }
            for (Lease expired : batch) {
                if (budget.exhausted()) {
                    return;
                }
                remove(expired, budget);
            }
        }
    }

    /** Counts as one lease of the budget even if a renewal got there first, so every cycle ends. */
    private void remove(Lease lease, Budget budget) throws LeaseStoreException {
        budget.processed++;
        if (!store.deleteIfUnchanged(lease)) {
            return;
        }
        if (lease.isDeclined()) {
            budget.recovered++;
            String what = lease.key().type() == LeaseType.PD ? "prefix" : "address";
            LifecycleMessages.LEASE_DECLINED_RECOVERED.log(LOG, what, lease.key(), lease.subnetId(), lease.expires());
            listener.declinedRecovered(lease);
        } else {
            budget.reclaimed++;
            LifecycleMessages.LEASE_RECLAIMED.log(LOG, lease.key(), lease.client(), lease.subnetId(), lease.expires());
            listener.leaseReclaimed(lease);
        }
    }

    /** Whether anything is still waiting for reclamation. */
    private boolean waiting(Instant now, Duration hold) {
        return !store.findExpired(family, now.minus(hold), 1).isEmpty()
            || store.findDeclined(family).stream().anyMatch(lease -> lease.isExpiredAt(now));
    }

    private void report(Cycle cycle, ExpiredLeasesProcessing settings) {
        if (cycle.reclaimed() == 0 && cycle.recoveredDeclined() == 0) {
            LifecycleMessages.LEASE_RECLAIM_IDLE.log(LOG, familyName);
        } else {
            LifecycleMessages.LEASE_RECLAIM_CYCLE.log(LOG, familyName, cycle.reclaimed(), cycle.recoveredDeclined(),
                cycle.took().toMillis(), cycle.leftOver() ? "; more are waiting for the next cycle" : "");
        }
        cyclesLeavingLeases = cycle.leftOver() ? cyclesLeavingLeases + 1 : 0;
        if (settings.unwarnedReclaimCycles() > 0 && cyclesLeavingLeases == settings.unwarnedReclaimCycles()) {
            LifecycleMessages.LEASE_RECLAIM_BACKLOG.log(LOG, familyName, cyclesLeavingLeases);
        }
    }

    /** The limits of one cycle and what it has done so far. */
    private final class Budget {
        final Instant start;
        final int maxLeases;
        final Instant deadline;
        final boolean timed;
        int processed;
        int reclaimed;
        int recovered;

        Budget(ExpiredLeasesProcessing settings, Instant start) {
            this.start = start;
            this.maxLeases = settings.maxReclaimLeases();
            this.timed = !settings.maxReclaimTime().isZero();
            this.deadline = start.plus(settings.maxReclaimTime());
        }

        boolean exhausted() {
            return (maxLeases > 0 && processed >= maxLeases) || (timed && !clock.instant().isBefore(deadline));
        }

        int nextBatch() {
            return maxLeases > 0 ? maxLeases - processed : UNLIMITED_BATCH;
        }
    }
}
