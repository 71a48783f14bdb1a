package org.takahe.dhcp.config.v6;

import java.util.List;
import java.util.Optional;

/**
 * One DHCPv6 link (RFC 9243 allocation-range, Kea's subnet6).
 *
 * @param id the operator's name for it (the list key in YANG), also the subnet id recorded with its leases
 * @param prefix the link's prefix (network-prefix): clients are placed on the range whose prefix holds the relay's
 *     link-address, or a global address of the interface a direct client's message came in on
 * @param interfaceName the interface whose directly attached clients this range serves, when set (Kea's
 *     {@code interface} on a subnet6): it wins over matching the interface's addresses
 * @param optionSetIds option sets for every client of the range
 * @param timers lifetimes for leases whose pool sets none
 */
public record Range6(String id, Ipv6Prefix prefix, Optional<String> interfaceName, List<AddressPool6> addressPools,
        List<PrefixPool6> prefixPools, List<String> optionSetIds, Timers6 timers, boolean rapidCommit) {

    public Range6 {
        addressPools = List.copyOf(addressPools);
        prefixPools = List.copyOf(prefixPools);
        optionSetIds = List.copyOf(optionSetIds);
    }
}
