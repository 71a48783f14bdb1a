package org.takahe.dhcp.stats;

/**
 * A pool's use when it reached its utilization threshold (RFC 9243's address-pool-utilization-threshold-exceeded,
 * for DHCPv4).
 *
 * @param subnetId the pool's subnet (allocation range)
 * @param poolId the pool
 * @param totalAddresses the pool's size
 * @param thresholdAddresses the threshold in addresses: max-address-utilization percent of the size, rounded up
 * @param allocatedAddresses addresses under an unexpired lease (declined ones included) now
 */
public record PoolUtilization(String subnetId, String poolId, long totalAddresses, long thresholdAddresses,
        long allocatedAddresses) {
}
