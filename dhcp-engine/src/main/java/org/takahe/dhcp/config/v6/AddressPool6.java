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
}
