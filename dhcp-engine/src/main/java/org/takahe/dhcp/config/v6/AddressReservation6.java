package org.takahe.dhcp.config.v6;

import java.net.Inet6Address;
import java.util.List;
import java.util.Optional;

/**
 * An address reserved in an address pool for the client with this DUID (RFC 9243 host-reservation).
 *
 * @param duid the client's DUID as lower-case hex without separators; empty keeps the address out of dynamic use
 * @param optionSetIds option sets for this client, winning over the pool's
 * @param timers lifetimes for this client's lease, already inherited from the pool when not set here
 */
public record AddressReservation6(Inet6Address address, Optional<String> duid, List<String> optionSetIds,
        Timers6 timers) {

    public AddressReservation6 {
        optionSetIds = List.copyOf(optionSetIds);
    }
}
