package org.takahe.dhcp.hooks;

/**
 * How often one library's callout at one point ran and how it ended.
 *
 * @param failures calls that threw (or answered nothing)
 * @param timeouts calls given up on after the callout timeout
 */
public record CalloutCounts(long calls, long failures, long timeouts, long skips, long drops) {
}
