package org.takahe.dhcp.stats;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.takahe.dhcp.alloc.AllocationEngine;
import org.takahe.dhcp.config.Pool4;
import org.takahe.dhcp.config.Subnet4;
import org.takahe.lease.Lease4;

/**
 * Address usage per subnet and per pool, counted from the leases in one pass: what NETCONF state shows and what the
 * pool utilization threshold is checked against, so both always agree.
 *
 * @param subnets usage by subnet id
 * @param pools usage by subnet id, then pool id
 */
public record LeaseUsage(Map<String, AddressUsage> subnets, Map<String, Map<String, AddressUsage>> pools) {

    /** Counts the unexpired leases at {@code now} of these subnets; leases of other subnets are ignored. */
    public static LeaseUsage count(List<Subnet4> configured, Collection<Lease4> leases, Instant now) {
        Map<String, Subnet4> byId = new HashMap<>();
        Map<String, AddressUsage> subnets = new HashMap<>();
        Map<String, Map<String, AddressUsage>> pools = new HashMap<>();
        for (Subnet4 subnet : configured) {
            byId.put(subnet.id(), subnet);
            Map<String, AddressUsage> ofSubnet = new HashMap<>();
            long total = 0;
            for (Pool4 pool : subnet.pools()) {
                ofSubnet.put(pool.id(), new AddressUsage(pool.size(), 0, 0));
                total += pool.size();
            }
            pools.put(subnet.id(), ofSubnet);
            subnets.put(subnet.id(), new AddressUsage(total, 0, 0));
        }
        for (Lease4 lease : leases) {
            Subnet4 subnet = byId.get(lease.subnetId());
            if (subnet == null || lease.isExpiredAt(now)) {
                continue;
            }
            long declined = AllocationEngine.isDeclined(lease) ? 1 : 0;
            subnets.computeIfPresent(subnet.id(), (id, usage) -> usage.plus(1, declined));
            for (Pool4 pool : subnet.pools()) {
                if (pool.contains(lease.address())) {
                    pools.get(subnet.id()).computeIfPresent(pool.id(), (id, usage) -> usage.plus(1, declined));
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
