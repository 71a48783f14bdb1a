package org.takahe.dhcp.config;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.takahe.dhcp.wire.OptionSpace;

/**
 * The option data of a configuration: the option sets by ID, those handed to every client, and how a
 * client's vendor class picks the space of its option 43.
 *
 * @param optionSets every option set, by ID; the levels of the hierarchy refer to them
 * @param global the sets every client gets, least specific of all levels (Kea's global option data)
 * @param vendorClassSpaces vendor class to option 43 space; clients matching none get
 *     {@link OptionSpace#VENDOR_ENCAPSULATED}
 */
public record OptionConfig4(Map<String, OptionSet4> optionSets, Options4 global,
        List<VendorClassSpace> vendorClassSpaces) {

    /**
     * Codes the server itself sets or echoes, which configured option data may not: requested address (50),
     * lease time and T1/T2 (51, 58, 59: the lease timers), overload (52), message type (53), server
     * identifier (54), parameter request list (55), maximum message size (57), client identifier (61),
     * relay agent information (82) and subnet selection (118).
     */
    public static final Set<Integer> SERVER_MANAGED_CODES = Set.of(50, 51, 52, 53, 54, 55, 57, 58, 59, 61, 82, 118);

    public OptionConfig4 {
        optionSets = Map.copyOf(optionSets);
        vendorClassSpaces = List.copyOf(vendorClassSpaces);
    }

    public static OptionConfig4 none() {
        return new OptionConfig4(Map.of(), Options4.none(), List.of());
    }

    /** The space of option 43's sub-options for a client with this vendor class (option 60), if any. */
    public String vendorSpaceFor(Optional<String> clientVendorClass) {
        return clientVendorClass.flatMap(vc -> vendorClassSpaces.stream().filter(s -> s.matches(vc))
                .max(Comparator.comparingInt(s -> s.vendorClass().length())))
            .map(VendorClassSpace::space).orElse(OptionSpace.VENDOR_ENCAPSULATED);
    }
}
