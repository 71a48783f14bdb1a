package org.takahe.dhcp.config;

import java.net.Inet4Address;

/**
 * Which level's lease timers a lease gets, most specific first: the pool the address lies in when it sets
 * timers, else the lifetime of the client's first class that sets one, else the subnet's timers (which already
 * fell back to the global ones). Kea lets a class's lifetime win over the subnet's; RFC 9243 puts pool timers
 * below the range's; together that is pool, class, subnet, global. The class step happens before an address is
 * chosen, so callers pass its outcome in.
 */
public final class LeaseTimerPrecedence {
    private LeaseTimerPrecedence() {
    }

    /**
     * The timers of a lease on {@code address}: its pool's, if the pool sets any, else {@code classOrSubnet}
     * (the class's or the subnet's, as chosen before allocation).
     */
    public static LeaseTimers forAddress(Subnet4 subnet, Inet4Address address, LeaseTimers classOrSubnet) {
        for (Pool4 pool : subnet.pools()) {
            if (pool.contains(address)) {
                return pool.timers().orElse(classOrSubnet);
            }
        }
        return classOrSubnet;
    }
}
