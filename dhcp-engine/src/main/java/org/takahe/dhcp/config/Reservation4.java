package org.takahe.dhcp.config;

import java.net.Inet4Address;
import java.util.List;
import java.util.Optional;

/**
 * One host reservation of a subnet: what a client recognised by {@code identifier} gets.
 *
 * @param id the operator's name for it (the list key in YANG)
 * @param identifier how the client is recognised
 * @param address the address kept for it, inside the subnet and possibly outside every pool; none for a
 *     reservation of host name, options or boot fields only
 * @param hostname the host name it is given (option 12), instead of the one it sends
 * @param optionSetIds option sets it receives on top of those of every other scope (Kea: host options win)
 * @param boot boot fields for it, over those of its subnet and classes
 */
public record Reservation4(String id, HostIdentifier identifier, Optional<Inet4Address> address,
        Optional<String> hostname, List<String> optionSetIds, BootFields boot) {

    public Reservation4 {
        optionSetIds = List.copyOf(optionSetIds);
    }
}
