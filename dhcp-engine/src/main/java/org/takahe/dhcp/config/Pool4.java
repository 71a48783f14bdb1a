package org.takahe.dhcp.config;

import java.net.Inet4Address;
import java.util.Optional;
import org.takahe.dhcp.classify.ClientClasses;

/**
 * A contiguous range of IPv4 addresses to lease, both ends included.
 *
 * @param clientClass when set, only members of this class are given addresses from the pool (Kea's
 *     {@code client-class} on a pool)
 * @param options option sets for clients given an address from the pool; they win over the subnet's
 * @param timers lease timers of leases on the pool's addresses, when the pool sets any: they win over a client
 *     class's lifetime and the subnet's timers
 * @param utilizationThreshold percentage of the pool's addresses (rounded up) whose allocation raises the
 *     utilization event; 0 raises none
 */
public record Pool4(String id, Inet4Address start, Inet4Address end, Optional<String> clientClass,
        Options4 options, Optional<LeaseTimers> timers, int utilizationThreshold) {

    /** The model's default max-address-utilization. */
    public static final int DEFAULT_UTILIZATION_THRESHOLD = 90;

    public Pool4 {
        if (utilizationThreshold < 0 || utilizationThreshold > 100) {
            throw new IllegalArgumentException("utilization threshold " + utilizationThreshold + " % of pool " + id
                + " is not a percentage");
        }
    }

    /** A pool with the subnet's timers and the default utilization threshold. */
    public Pool4(String id, Inet4Address start, Inet4Address end, Optional<String> clientClass,
            Options4 options) {
        this(id, start, end, clientClass, options, Optional.empty(), DEFAULT_UTILIZATION_THRESHOLD);
    }

    /** A pool without options of its own. */
    public Pool4(String id, Inet4Address start, Inet4Address end, Optional<String> clientClass) {
        this(id, start, end, clientClass, Options4.none());
    }

    /** A pool open to every client. */
    public Pool4(String id, Inet4Address start, Inet4Address end) {
        this(id, start, end, Optional.empty());
    }

    /** Whether the address lies in this pool. */
    public boolean contains(Inet4Address address) {
        int value = Ipv4Prefix.Ipv4.toInt(address);
        return Integer.compareUnsigned(value, Ipv4Prefix.Ipv4.toInt(start)) >= 0
            && Integer.compareUnsigned(value, Ipv4Prefix.Ipv4.toInt(end)) <= 0;
    }

    /** How many addresses the pool holds (0 if it ends before it starts, which preflight refuses). */
    public long size() {
        long first = Integer.toUnsignedLong(Ipv4Prefix.Ipv4.toInt(start));
        long last = Integer.toUnsignedLong(Ipv4Prefix.Ipv4.toInt(end));
        return Math.max(0, last - first + 1);
    }

    /** Whether a client of these classes may be given an address from this pool. */
    public boolean admits(ClientClasses classes) {
        return clientClass.isEmpty() || classes.contains(clientClass.get());
    }
}
