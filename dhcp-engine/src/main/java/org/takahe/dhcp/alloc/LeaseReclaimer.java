package org.takahe.dhcp.alloc;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.takahe.dhcp.DhcpMessages;
import org.takahe.dhcp.config.ExpiredLeasesProcessing;
import org.takahe.lease.Lease4;
import org.takahe.lease.LeaseStore;
import org.takahe.lease.LeaseStoreException;

/**
 * One lease reclamation cycle at a time (Kea's periodic reclamation of expired leases), with bounded work: at most
 * {@code max-reclaim-leases} leases and about {@code max-reclaim-time} per cycle, the rest left to the next one.
 * First the placeholders of declined addresses whose probation has ended are removed (the address is recovered),
 * then client leases that have been expired for {@code hold-reclaimed-time}, earliest expiry first. A lease is
 * removed only if it is still the one read (a client may renew it meanwhile), and only then reported to the
 * {@link Listener}, which runs the lease4-expire callouts and counts it.
 *
 * <p>Not thread safe: one background thread runs the cycles.
 */
public final class LeaseReclaimer {
    private static final Logger LOG = LoggerFactory.getLogger(LeaseReclaimer.class);
    /** Leases read per store query when a cycle has no lease limit. */
    private static final int UNLIMITED_BATCH = 1000;

    /** What happens around each reclaimed lease beyond its removal from the store. */
    public interface Listener {
        /** A client's expired lease has been removed; the lease4-expire callouts run here. */
        void leaseReclaimed(Lease4 expired);

        /** A declined address's placeholder has been removed: the address is back in service. */
        void declinedRecovered(Lease4 placeholder);
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
    private int cyclesLeavingLeases;

    public LeaseReclaimer(LeaseStore store, Clock clock, Listener listener) {
        this.store = store;
        this.clock = clock;
        this.listener = listener;
    }

    /** Runs one cycle under these limits and logs its summary. */
    public Cycle reclaim(ExpiredLeasesProcessing settings) {
        Budget budget = new Budget(settings, clock.instant());
        try {
            recoverDeclined(budget);
            reclaimExpired(budget, budget.start.minus(settings.holdReclaimedTime()));
        } catch (LeaseStoreException | RuntimeException e) {
            DhcpMessages.DHCP4_RECLAIM_FAILED.log(LOG, budget.reclaimed + budget.recovered, e.toString());
        }
        boolean leftOver = budget.exhausted() && waiting(budget.start, settings.holdReclaimedTime());
        Cycle cycle = new Cycle(budget.reclaimed, budget.recovered, leftOver,
            Duration.between(budget.start, clock.instant()));
        report(cycle, settings);
        return cycle;
    }

    /** Declined addresses come back as soon as their probation ends; holding them for affinity means nothing. */
    private void recoverDeclined(Budget budget) throws LeaseStoreException {
        List<Lease4> ended = store.findAllByHardwareAddress(AllocationEngine.DECLINED).stream()
            .filter(lease -> AllocationEngine.isDeclined(lease) && lease.isExpiredAt(budget.start))
            .sorted(Comparator.comparing(Lease4::expires)).toList();
        for (Lease4 placeholder : ended) {
            if (budget.exhausted()) {
                return;
            }
            remove(placeholder, budget);
        }
    }

    private void reclaimExpired(Budget budget, Instant cutoff) throws LeaseStoreException {
        while (!budget.exhausted()) {
            List<Lease4> batch = store.findExpired(cutoff, budget.nextBatch());
            if (batch.isEmpty()) {
                return;
            }
            for (Lease4 expired : batch) {
                if (budget.exhausted()) {
                    return;
                }
                remove(expired, budget);
            }
        }
    }

    /** Counts as one lease of the budget even if a renewal got there first, so every cycle ends. */
    private void remove(Lease4 lease, Budget budget) throws LeaseStoreException {
        budget.processed++;
        if (!store.deleteIfUnchanged(lease)) {
            return;
        }
        if (AllocationEngine.isDeclined(lease)) {
            budget.recovered++;
            DhcpMessages.DHCP4_DECLINED_RECOVERED.log(LOG, lease.address().getHostAddress(), lease.subnetId(),
                lease.expires());
            listener.declinedRecovered(lease);
        } else {
            budget.reclaimed++;
            DhcpMessages.DHCP4_LEASE_RECLAIMED.log(LOG, lease.address().getHostAddress(),
                lease.clientId().map(id -> "client-id " + id).orElse(lease.hardwareAddress()), lease.subnetId(),
                lease.expires());
            listener.leaseReclaimed(lease);
        }
    }

    /** Whether anything is still waiting for reclamation. */
    private boolean waiting(Instant now, Duration hold) {
        return !store.findExpired(now.minus(hold), 1).isEmpty()
            || store.findAllByHardwareAddress(AllocationEngine.DECLINED).stream()
                .anyMatch(lease -> AllocationEngine.isDeclined(lease) && lease.isExpiredAt(now));
    }

    private void report(Cycle cycle, ExpiredLeasesProcessing settings) {
        if (cycle.reclaimed() == 0 && cycle.recoveredDeclined() == 0) {
            DhcpMessages.DHCP4_RECLAIM_IDLE.log(LOG);
        } else {
            DhcpMessages.DHCP4_RECLAIM_CYCLE.log(LOG, cycle.reclaimed(), cycle.recoveredDeclined(),
                cycle.took().toMillis(), cycle.leftOver() ? "; more are waiting for the next cycle" : "");
        }
        cyclesLeavingLeases = cycle.leftOver() ? cyclesLeavingLeases + 1 : 0;
        if (settings.unwarnedReclaimCycles() > 0 && cyclesLeavingLeases == settings.unwarnedReclaimCycles()) {
            DhcpMessages.DHCP4_RECLAIM_BACKLOG.log(LOG, cyclesLeavingLeases);
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
