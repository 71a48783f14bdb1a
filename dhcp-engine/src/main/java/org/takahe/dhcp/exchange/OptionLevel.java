package org.takahe.dhcp.exchange;

/**
 * The levels options are configured at, least specific first. Where two levels set the same option, the
 * later one here wins, as in Kea: host reservation, pool, subnet, shared network, class, global.
 */
public enum OptionLevel {
    GLOBAL, CLASS, SHARED_NETWORK, SUBNET, POOL, RESERVATION
}
