package org.takahe.dhcp.config;

import java.util.List;
import java.util.Optional;
import org.takahe.dhcp.classify.ClientClasses;

/**
 * One IPv4 subnet (an allocation range in the YANG model).
 *
 * @param id the operator's name for it (the list key in YANG)
 * @param prefix the network, which also gives the subnet mask option
 * @param pools address pools inside the prefix
 * @param options options sent to clients of this subnet
 * @param timers lease and renewal timers
 * @param authoritative whether the server answers, with a NAK, requests from clients it has no record of
 *     (RFC 2131 §4.3.2 wants silence, Kea's {@code authoritative} overrides it)
 * @param matchClientId whether clients are told apart by client identifier (option 61) before hardware
 *     address; false identifies them by hardware address only (Kea's {@code match-client-id})
 * @param reservations the subnet's host reservations
 * @param clientClass when set, only members of this class are served from the subnet (Kea's {@code client-class})
 */
public record Subnet4(String id, Ipv4Prefix prefix, List<Pool4> pools, Options4 options, LeaseTimers timers,
        boolean authoritative, boolean matchClientId, Reservations4 reservations, Optional<String> clientClass) {

    public Subnet4 {
        pools = List.copyOf(pools);
    }

    /** A subnet open to every client. */
    public Subnet4(String id, Ipv4Prefix prefix, List<Pool4> pools, Options4 options, LeaseTimers timers,
            boolean authoritative, boolean matchClientId, Reservations4 reservations) {
        this(id, prefix, pools, options, timers, authoritative, matchClientId, reservations, Optional.empty());
    }

    /** A subnet with the defaults of the model: not authoritative, matching client ids, no reservations. */
    public Subnet4(String id, Ipv4Prefix prefix, List<Pool4> pools, Options4 options, LeaseTimers timers) {
        this(id, prefix, pools, options, timers, false, true, Reservations4.none());
    }

    /** Whether a client of these classes may be served from this subnet. */
    public boolean admits(ClientClasses classes) {
        return clientClass.isEmpty() || classes.contains(clientClass.get());
    }
}
