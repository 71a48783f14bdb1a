package org.takahe.dhcp.stats;

import org.takahe.lease.LeaseType;

/**
 * A pool's use when it reached its utilization threshold (RFC 9243's address-pool-utilization-threshold-exceeded,
 * or prefix-pool-utilization-threshold-exceeded for a DHCPv6 prefix pool).
 *
 * @param subnetId the pool's subnet (allocation range)
 * @param poolId the pool
 * @param totalAddresses the pool's size (in prefixes, for a prefix pool)
 * @param thresholdAddresses the threshold: max-address-utilization (max-pd-space-utilization) percent of the size,
 *     rounded up
 * @param allocatedAddresses addresses (prefixes) under an unexpired lease (declined ones included) now
 * @param type what the pool leases: {@link LeaseType#V4}, {@link LeaseType#NA} or {@link LeaseType#PD}
 */
public record PoolUtilization(String subnetId, String poolId, long totalAddresses, long thresholdAddresses,
        long allocatedAddresses, LeaseType type) {

    /** A DHCPv4 pool's. */
    public PoolUtilization(String subnetId, String poolId, long totalAddresses, long thresholdAddresses,
            long allocatedAddresses) {
        this(subnetId, poolId, totalAddresses, thresholdAddresses, allocatedAddresses, LeaseType.V4);
    }
}
