package org.takahe.dhcp.stats;

import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.takahe.dhcp.DhcpMessages;
import org.takahe.dhcp.config.Pool4;
import org.takahe.dhcp.config.Subnet4;
import org.takahe.lease.Lease4;

/**
 * Watches each pool's allocated share against its max-address-utilization. A pool is armed until its allocated
 * addresses reach the threshold (that percentage of its size, rounded up); then the listener hears of it once and
 * the pool stays disarmed until its use falls below the threshold again. A threshold of 0 % watches nothing.
 * Pools are known by subnet and pool id, so one that survives a configuration change keeps its state.
 *
 * <p>Not thread safe: one background thread runs the checks.
 */
public final class PoolUtilizationMonitor {
    private static final Logger LOG = LoggerFactory.getLogger(PoolUtilizationMonitor.class);

    private record PoolKey(String subnetId, String poolId) {
    }

    private final PoolUtilizationListener listener;
    private final Set<PoolKey> reached = new HashSet<>();

    public PoolUtilizationMonitor(PoolUtilizationListener listener) {
        this.listener = listener;
    }

    /**
     * Checks every pool of these subnets against the leases unexpired at {@code now}.
     *
     * @return when the first lease of a pool at its threshold expires: its use may fall below then without any
     *     lease changing, so the caller checks again at that time; empty if no pool is at its threshold
     */
    public Optional<Instant> check(List<Subnet4> subnets, Collection<Lease4> leases, Instant now) {
        LeaseUsage usage = LeaseUsage.count(subnets, leases, now);
        Set<PoolKey> configured = new HashSet<>();
        for (Subnet4 subnet : subnets) {
            for (Pool4 pool : subnet.pools()) {
                PoolKey key = new PoolKey(subnet.id(), pool.id());
                configured.add(key);
                check(key, pool, usage.pool(subnet.id(), pool.id()).assigned());
            }
        }
        reached.retainAll(configured);
        return reached.isEmpty() ? Optional.empty() : firstExpiry(subnets, leases, now);
    }

    private void check(PoolKey key, Pool4 pool, long allocated) {
        if (pool.utilizationThreshold() == 0) {
            reached.remove(key);
            return;
        }
        long threshold = thresholdAddresses(pool);
        if (allocated >= threshold) {
            if (reached.add(key)) {
                DhcpMessages.DHCP4_POOL_UTILIZATION_HIGH.log(LOG, pool.id(), key.subnetId(), allocated, pool.size(),
                    pool.utilizationThreshold(), threshold);
                listener.thresholdReached(new PoolUtilization(key.subnetId(), pool.id(), pool.size(), threshold,
                    allocated));
            }
        } else if (reached.remove(key)) {
            DhcpMessages.DHCP4_POOL_UTILIZATION_NORMAL.log(LOG, pool.id(), key.subnetId(), allocated, pool.size(),
                pool.utilizationThreshold());
        }
    }

    /** max-address-utilization percent of the pool's size, rounded up (RFC 9243). */
    static long thresholdAddresses(Pool4 pool) {
        return Math.ceilDiv(pool.size() * pool.utilizationThreshold(), 100);
    }

    private Optional<Instant> firstExpiry(List<Subnet4> subnets, Collection<Lease4> leases, Instant now) {
        Map<String, Subnet4> byId = subnets.stream().collect(Collectors.toMap(Subnet4::id, s -> s, (a, b) -> a));
        Instant first = null;
        for (Lease4 lease : leases) {
            if (lease.isExpiredAt(now) || (first != null && !lease.expires().isBefore(first))) {
                continue;
            }
            Subnet4 subnet = byId.get(lease.subnetId());
            if (subnet != null && inReachedPool(subnet, lease)) {
                first = lease.expires();
            }
        }
        return Optional.ofNullable(first);
    }

    private boolean inReachedPool(Subnet4 subnet, Lease4 lease) {
        for (Pool4 pool : subnet.pools()) {
            if (pool.contains(lease.address())) {
                return reached.contains(new PoolKey(subnet.id(), pool.id()));
            }
        }
        return false;
    }
}
