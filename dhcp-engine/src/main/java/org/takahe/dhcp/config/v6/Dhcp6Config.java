package org.takahe.dhcp.config.v6;

import java.net.Inet6Address;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.takahe.dhcp.config.ExpiredLeasesProcessing;

/**
 * The whole DHCPv6 configuration: an immutable snapshot built from ietf-dhcpv6-server data by the server's
 * translator and installed by one atomic swap, like the DHCPv4 one.
 *
 * @param enabled whether the server answers DHCPv6 clients at all
 * @param interfaces names of the interfaces on which DHCPv6 is served (multicast ff02::1:2 joined on each)
 * @param serverDuid the DUID configured in server-duid, as lower-case hex; empty means the one generated at first
 *     start and kept in the data directory
 * @param unicastAddresses addresses of this server on which unicast messages (a relay's RELAY-FORW, or a client
 *     told of the address by the server unicast option) are accepted
 * @param ranges the allocation ranges
 * @param optionSets every option set by id
 * @param globalOptionSetIds the option sets for every client (allocation-ranges' option-set-id)
 * @param expiredLeases how expired leases are reclaimed in the background
 * @param declineProbation how long a declined address stays out of use
 */
public record Dhcp6Config(boolean enabled, List<String> interfaces, Optional<String> serverDuid,
        List<Inet6Address> unicastAddresses, List<Range6> ranges, Map<String, OptionSet6> optionSets,
        List<String> globalOptionSetIds, ExpiredLeasesProcessing expiredLeases, Duration declineProbation) {

    /** No DHCPv6 service at all: what the engine serves before the first commit that configures it. */
    public static final Dhcp6Config DISABLED = new Dhcp6Config(false, List.of(), Optional.empty(), List.of(),
        List.of(), Map.of(), List.of(), ExpiredLeasesProcessing.DEFAULTS, Duration.ofHours(24));

    public Dhcp6Config {
        interfaces = List.copyOf(interfaces);
        unicastAddresses = List.copyOf(unicastAddresses);
        ranges = List.copyOf(ranges);
        optionSets = Map.copyOf(optionSets);
        globalOptionSetIds = List.copyOf(globalOptionSetIds);
    }
}
