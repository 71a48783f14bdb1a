package org.takahe.dhcp.config;

import java.util.List;
import java.util.Optional;

/**
 * Several subnets on one link (Kea's shared network): a client selected into any of them may be served
 * from any other when its own has no free address, and keeps a lease it holds in any of them.
 *
 * @param name the operator's name for it (the list key in YANG)
 * @param subnetIds the member subnets, in the order they are tried
 * @param optionSetIds option sets for clients of its subnets, applied above the global ones and below the
 *     subnet's own (Kea's option scope order)
 * @param interfaceName the interface the link is directly attached to, if any: direct clients arriving
 *     there are served from this network whatever the interface's addresses
 */
public record SharedNetwork4(String name, List<String> subnetIds, List<String> optionSetIds,
        Optional<String> interfaceName) {

    public SharedNetwork4 {
        subnetIds = List.copyOf(subnetIds);
        optionSetIds = List.copyOf(optionSetIds);
    }
}
