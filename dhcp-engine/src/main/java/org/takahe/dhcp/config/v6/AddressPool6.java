package org.takahe.dhcp.config.v6;

import java.net.Inet6Address;
import java.util.List;

/**
 * A range of IPv6 addresses to lease for IA_NA, both ends included (RFC 9243 address-pool).
 *
 * @param poolPrefix the prefix the range lies in
 * @param utilizationThreshold percentage of the pool (max-address-utilization) whose allocation raises the
 *     address-pool-utilization-threshold-exceeded notification
 * @param optionSetIds option sets for clients given an address from the pool, winning over the range's
 * @param timers lifetimes of its leases, inherited from the range and the server when not set on the pool
 * @param rapidCommit whether a SOLICIT with rapid commit is answered with a REPLY for this pool's addresses
 */
public record AddressPool6(String id, Ipv6Prefix poolPrefix, Inet6Address start, Inet6Address end,
        int utilizationThreshold, List<String> optionSetIds, Timers6 timers, boolean rapidCommit,
        List<AddressReservation6> reservations) {

    public AddressPool6 {
        optionSetIds = List.copyOf(optionSetIds);
        reservations = List.copyOf(reservations);
    }

    /** Whether the address lies between the pool's start and end, both included. */
    public boolean contains(long high, long low) {
        return compare(high, low, Ipv6Prefix.high(start), Ipv6Prefix.low(start)) >= 0
            && compare(high, low, Ipv6Prefix.high(end), Ipv6Prefix.low(end)) <= 0;
    }

    /** How many addresses the pool holds, saturated at {@link Long#MAX_VALUE} (0 if it ends before it starts). */
    public long size() {
        long startHigh = Ipv6Prefix.high(start);
        long startLow = Ipv6Prefix.low(start);
        long endHigh = Ipv6Prefix.high(end);
        long endLow = Ipv6Prefix.low(end);
        if (compare(endHigh, endLow, startHigh, startLow) < 0) {
            return 0;
        }
        long spanHigh = endHigh - startHigh - (Long.compareUnsigned(endLow, startLow) < 0 ? 1 : 0);
        long spanLow = endLow - startLow;
        return spanHigh != 0 || spanLow < 0 || spanLow == Long.MAX_VALUE ? Long.MAX_VALUE : spanLow + 1;
    }

    private static int compare(long highA, long lowA, long highB, long lowB) {
        int order = Long.compareUnsigned(highA, highB);
        return order != 0 ? order : Long.compareUnsigned(lowA, lowB);
    }
}
