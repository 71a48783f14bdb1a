package org.takahe.dhcp.stats;

/**
 * How the addresses of a subnet or pool are used at one instant (Kea's {@code total-addresses},
 * {@code assigned-addresses} and {@code declined-addresses}).
 *
 * @param total addresses in the pools (a subnet's: in all its pools)
 * @param assigned addresses under an unexpired lease, declined ones included; a subnet's also counts its leases
 *     outside every pool (reserved addresses)
 * @param declined addresses held back after a DECLINE whose probation has not ended
 */
public record AddressUsage(long total, long assigned, long declined) {
    public static final AddressUsage NONE = new AddressUsage(0, 0, 0);

    AddressUsage plus(long assignedMore, long declinedMore) {
        return new AddressUsage(total, assigned + assignedMore, declined + declinedMore);
    }
}
