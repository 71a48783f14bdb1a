package org.takahe.dhcp.stats;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.takahe.dhcp.alloc.AllocationScope;
import org.takahe.dhcp.alloc.CandidateRange;
import org.takahe.dhcp.alloc.Subnet4Scope;
import org.takahe.dhcp.config.Subnet4;
import org.takahe.lease.Lease;

/**
 * Address (or prefix) usage per subnet and per pool, counted from the leases in one pass: what NETCONF state shows
 * and what the pool utilization threshold is checked against, so both always agree.
 *
 * @param subnets usage by subnet id
 * @param pools usage by subnet id, then pool id
 */
public record LeaseUsage(Map<String, AddressUsage> subnets, Map<String, Map<String, AddressUsage>> pools) {

    /** Counts the unexpired IPv4 leases at {@code now} of these subnets; leases of other subnets are ignored. */
    public static LeaseUsage count(List<Subnet4> configured, Collection<? extends Lease> leases, Instant now) {
        return countIn(configured.stream().map(Subnet4Scope::new).toList(), leases, now);
    }

    /**
     * Counts the unexpired leases at {@code now} of these scopes: a lease counts for a scope when it has the scope's
     * subnet id and lease type (so a DHCPv4 subnet and a DHCPv6 range of the same name stay apart), and for the pool
     * holding its address or prefix. Give scopes of one type, one per subnet id: the address and the prefix pools of
     * a DHCPv6 range are counted in separate calls.
     */
    public static LeaseUsage countIn(List<? extends AllocationScope> scopes, Collection<? extends Lease> leases,
            Instant now) {
        Map<String, AllocationScope> byId = new HashMap<>();
        Map<String, List<CandidateRange>> rangesById = new HashMap<>();
        Map<String, AddressUsage> subnets = new HashMap<>();
        Map<String, Map<String, AddressUsage>> pools = new HashMap<>();
        for (AllocationScope scope : scopes) {
            List<CandidateRange> ranges = scope.ranges();
            byId.put(scope.subnetId(), scope);
            rangesById.put(scope.subnetId(), ranges);
            Map<String, AddressUsage> ofSubnet = new HashMap<>();
            long total = 0;
            for (CandidateRange range : ranges) {
                ofSubnet.put(range.id(), new AddressUsage(range.size(), 0, 0));
                total = total > Long.MAX_VALUE - range.size() ? Long.MAX_VALUE : total + range.size();
            }
            pools.put(scope.subnetId(), ofSubnet);
            subnets.put(scope.subnetId(), new AddressUsage(total, 0, 0));
        }
        for (Lease lease : leases) {
            AllocationScope scope = byId.get(lease.subnetId());
            if (scope == null || scope.type() != lease.key().type() || lease.isExpiredAt(now)) {
                continue;
            }
            long declined = lease.isDeclined() ? 1 : 0;
            subnets.computeIfPresent(scope.subnetId(), (id, usage) -> usage.plus(1, declined));
            for (CandidateRange range : rangesById.get(scope.subnetId())) {
                if (range.contains(lease.key())) {
                    pools.get(scope.subnetId()).computeIfPresent(range.id(), (id, usage) -> usage.plus(1, declined));
                    break;
                }
            }
        }
        pools.replaceAll((id, ofSubnet) -> Map.copyOf(ofSubnet));
        return new LeaseUsage(Map.copyOf(subnets), Map.copyOf(pools));
    }

    public AddressUsage subnet(String subnetId) {
        return subnets.getOrDefault(subnetId, AddressUsage.NONE);
    }

    public AddressUsage pool(String subnetId, String poolId) {
        return pools.getOrDefault(subnetId, Map.of()).getOrDefault(poolId, AddressUsage.NONE);
    }
}
