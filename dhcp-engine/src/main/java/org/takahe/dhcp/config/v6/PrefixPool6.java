package org.takahe.dhcp.config.v6;

import java.util.List;

/**
 * Prefixes to delegate for IA_PD (RFC 9243 prefix-pool): every prefix of {@code delegatedLength} inside
 * {@code poolPrefix}.
 *
 * @param delegatedLength the length of each delegated prefix (client-prefix-length)
 * @param utilizationThreshold percentage (max-pd-space-utilization) whose allocation raises the
 *     prefix-pool-utilization-threshold-exceeded notification
 */
public record PrefixPool6(String id, Ipv6Prefix poolPrefix, int delegatedLength, int utilizationThreshold,
        List<String> optionSetIds, Timers6 timers, boolean rapidCommit, List<PrefixReservation6> reservations) {

    public PrefixPool6 {
        optionSetIds = List.copyOf(optionSetIds);
        reservations = List.copyOf(reservations);
        if (delegatedLength < poolPrefix.length() || delegatedLength > 128) {
            throw new IllegalArgumentException("delegated length " + delegatedLength + " of prefix pool " + id
                + " is not in " + poolPrefix.length() + "..128");
        }
    }

    /** Whether this is one of the prefixes the pool delegates: of its delegated length, inside its prefix. */
    public boolean contains(long high, long low, int length) {
        return length == delegatedLength && poolPrefix.contains(high, low);
    }

    /** How many prefixes the pool can delegate. */
    public long size() {
        return poolPrefix.count(delegatedLength);
    }
}
