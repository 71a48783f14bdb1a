package org.takahe.dhcp.config.v6;

import java.util.Optional;

/**
 * A prefix reserved in a prefix pool for the client with this DUID (RFC 9243 prefix-reservation).
 *
 * @param duid the client's DUID as lower-case hex without separators; empty keeps the prefix out of dynamic use
 */
public record PrefixReservation6(Ipv6Prefix prefix, Optional<String> duid) {
}
