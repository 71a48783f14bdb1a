package org.takahe.dhcp.hooks;

/**
 * A point's verdict together with what its callouts chose: the subnet at subnet4-select, the response at pkt4-send.
 */
public record Decision<T>(Verdict verdict, T value) {
}
