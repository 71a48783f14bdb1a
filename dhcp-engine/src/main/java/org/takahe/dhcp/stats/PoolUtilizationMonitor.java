package org.takahe.dhcp.stats;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.takahe.dhcp.LifecycleMessages;
import org.takahe.dhcp.alloc.AllocationScope;
import org.takahe.dhcp.alloc.CandidateRange;
import org.takahe.lease.Lease;
import org.takahe.lease.LeaseType;

/**
 * Watches each pool's allocated share against its threshold: max-address-utilization for DHCPv4 and DHCPv6 address
 * pools, max-pd-space-utilization for prefix pools (RFC 9243). A pool is armed until its allocated candidates reach
 * the threshold (that percentage of its size, rounded up); then the listener hears of it once and the pool stays
 * disarmed until its use falls below the threshold again. A threshold of 0 % watches nothing. Pools are known by
 * subnet, type and pool id, so one that survives a configuration change keeps its state.
 *
 * <p>Not thread safe: one background thread runs the checks.
 */
public final class PoolUtilizationMonitor {
    private static final Logger LOG = LoggerFactory.getLogger(PoolUtilizationMonitor.class);

    private record PoolKey(String subnetId, LeaseType type, String poolId) {
    }

    private record ScopeKey(String subnetId, LeaseType type) {
    }

    private final PoolUtilizationListener listener;
    private final Set<PoolKey> reached = new HashSet<>();

    public PoolUtilizationMonitor(PoolUtilizationListener listener) {
        this.listener = listener;
    }

    /**
     * Checks every pool of these scopes (a DHCPv6 range may come twice: its address and its prefix pools) against
     * the leases unexpired at {@code now}.
     *
     * @return when the first lease of a pool at its threshold expires: its use may fall below then without any
     *     lease changing, so the caller checks again at that time; empty if no pool is at its threshold
     */
    public Optional<Instant> check(List<? extends AllocationScope> scopes, Collection<? extends Lease> leases,
            Instant now) {
        Set<PoolKey> configured = new HashSet<>();
        Map<ScopeKey, List<CandidateRange>> pools = new HashMap<>();
        Map<LeaseType, List<AllocationScope>> byType = new EnumMap<>(LeaseType.class);
        for (AllocationScope scope : scopes) {
            pools.putIfAbsent(new ScopeKey(scope.subnetId(), scope.type()), scope.ranges());
            byType.computeIfAbsent(scope.type(), type -> new ArrayList<>()).add(scope);
        }
        // Counted a type at a time: a range's address and prefix pools share its id.
        byType.forEach((type, ofType) -> {
            LeaseUsage usage = LeaseUsage.countIn(ofType, leases, now);
            for (AllocationScope scope : ofType) {
                for (CandidateRange pool : pools.get(new ScopeKey(scope.subnetId(), type))) {
                    PoolKey key = new PoolKey(scope.subnetId(), type, pool.id());
                    configured.add(key);
                    check(key, pool, usage.pool(scope.subnetId(), pool.id()).assigned());
                }
            }
        });
        reached.retainAll(configured);
        return reached.isEmpty() ? Optional.empty() : firstExpiry(pools, leases, now);
    }

    private void check(PoolKey key, CandidateRange pool, long allocated) {
        if (pool.utilizationThreshold() == 0) {
            reached.remove(key);
            return;
        }
        long threshold = thresholdOf(pool);
        String unit = pool.type() == LeaseType.PD ? "prefixes" : "addresses";
        String setting = pool.type() == LeaseType.PD ? "max-pd-space-utilization" : "max-address-utilization";
        if (allocated >= threshold) {
            if (reached.add(key)) {
                LifecycleMessages.POOL_UTILIZATION_HIGH.log(LOG, pool.id(), key.subnetId(), allocated, pool.size(),
                    unit, setting, pool.utilizationThreshold(), threshold, unit);
                listener.thresholdReached(new PoolUtilization(key.subnetId(), pool.id(), pool.size(), threshold,
                    allocated, pool.type()));
            }
        } else if (reached.remove(key)) {
            LifecycleMessages.POOL_UTILIZATION_NORMAL.log(LOG, pool.id(), key.subnetId(), allocated, pool.size(), unit,
                setting, pool.utilizationThreshold());
        }
    }

    /** The utilization threshold percent of the pool's size, rounded up (RFC 9243), without overflowing. */
    static long thresholdOf(CandidateRange pool) {
        long size = pool.size();
        int percent = pool.utilizationThreshold();
        return size / 100 * percent + Math.ceilDiv(size % 100 * percent, 100);
    }

    private Optional<Instant> firstExpiry(Map<ScopeKey, List<CandidateRange>> pools,
            Collection<? extends Lease> leases, Instant now) {
        Instant first = null;
        for (Lease lease : leases) {
            if (lease.isExpiredAt(now) || (first != null && !lease.expires().isBefore(first))) {
                continue;
            }
            List<CandidateRange> ofScope = pools.get(new ScopeKey(lease.subnetId(), lease.key().type()));
            if (ofScope != null && inReachedPool(lease, ofScope)) {
                first = lease.expires();
            }
        }
        return Optional.ofNullable(first);
    }

    private boolean inReachedPool(Lease lease, List<CandidateRange> pools) {
        for (CandidateRange pool : pools) {
            if (pool.contains(lease.key())) {
                return reached.contains(new PoolKey(lease.subnetId(), pool.type(), pool.id()));
            }
        }
        return false;
    }
}
