package org.takahe.dhcp.config;

import java.util.List;

/**
 * One IPv4 subnet (an allocation range in the YANG model).
 *
 * @param id the operator's name for it (the list key in YANG)
 * @param prefix the network, which also gives the subnet mask option
 * @param pools address pools inside the prefix
 * @param options options sent to clients of this subnet
 * @param timers lease and renewal timers
 */
public record Subnet4(String id, Ipv4Prefix prefix, List<Pool4> pools, Options4 options, LeaseTimers timers) {

    public Subnet4 {
        pools = List.copyOf(pools);
    }
}
