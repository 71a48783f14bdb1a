package org.takahe.dhcp.config;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The whole DHCP configuration the engine serves from: an immutable snapshot, built aside from
 * YANG data by the server module and installed by one atomic swap. An exchange reads it once.
 *
 * @param interfaces names of the network interfaces on which DHCPv4 is served
 * @param serverIdentifier address to announce as server identifier; empty means the address of
 *     the interface the request arrived on
 * @param subnets the IPv4 subnets, each with its pools and options
 * @param sharedNetworks groups of those subnets that share a link; a subnet belongs to at most one
 * @param clientClasses the client classes in evaluation order; a test may only name classes before it
 * @param hooks the hook libraries whose callouts run at the hook points, in order
 * @param options the option sets the levels above refer to, the global ones, and option 43's spaces
 * @param expiredLeases how expired leases are reclaimed in the background
 * @param declineProbation how long a DECLINEd address stays out of use before it is recovered
 */
public record DhcpConfig(List<String> interfaces, Optional<java.net.Inet4Address> serverIdentifier,
        List<Subnet4> subnets, List<SharedNetwork4> sharedNetworks, List<ClientClass4> clientClasses,
        HookLibraries hooks, OptionConfig4 options, ExpiredLeasesProcessing expiredLeases,
        Duration declineProbation) {

    /** Kea's decline-probation-period default: a day. */
    public static final Duration DEFAULT_DECLINE_PROBATION = Duration.ofHours(24);

    public DhcpConfig {
        interfaces = List.copyOf(interfaces);
        subnets = List.copyOf(subnets);
        sharedNetworks = List.copyOf(sharedNetworks);
        clientClasses = List.copyOf(clientClasses);
    }

    /** A configuration reclaiming expired leases with Kea's default settings. */
    public DhcpConfig(List<String> interfaces, Optional<java.net.Inet4Address> serverIdentifier,
            List<Subnet4> subnets, List<SharedNetwork4> sharedNetworks, List<ClientClass4> clientClasses,
            HookLibraries hooks, OptionConfig4 options) {
        this(interfaces, serverIdentifier, subnets, sharedNetworks, clientClasses, hooks, options,
            ExpiredLeasesProcessing.DEFAULTS, DEFAULT_DECLINE_PROBATION);
    }

    /** A configuration without option sets. */
    public DhcpConfig(List<String> interfaces, Optional<java.net.Inet4Address> serverIdentifier,
            List<Subnet4> subnets, List<SharedNetwork4> sharedNetworks, List<ClientClass4> clientClasses,
            HookLibraries hooks) {
        this(interfaces, serverIdentifier, subnets, sharedNetworks, clientClasses, hooks, OptionConfig4.none());
    }

    /** A configuration without hook libraries. */
    public DhcpConfig(List<String> interfaces, Optional<java.net.Inet4Address> serverIdentifier,
            List<Subnet4> subnets, List<SharedNetwork4> sharedNetworks, List<ClientClass4> clientClasses) {
        this(interfaces, serverIdentifier, subnets, sharedNetworks, clientClasses, HookLibraries.none());
    }

    /** A configuration without client classes. */
    public DhcpConfig(List<String> interfaces, Optional<java.net.Inet4Address> serverIdentifier,
            List<Subnet4> subnets, List<SharedNetwork4> sharedNetworks) {
        this(interfaces, serverIdentifier, subnets, sharedNetworks, List.of());
    }

    /** A configuration whose subnets each have a link of their own. */
    public DhcpConfig(List<String> interfaces, Optional<java.net.Inet4Address> serverIdentifier,
            List<Subnet4> subnets) {
        this(interfaces, serverIdentifier, subnets, List.of());
    }

    /** This configuration with other hook libraries. */
    public DhcpConfig withHooks(HookLibraries libraries) {
        return new DhcpConfig(interfaces, serverIdentifier, subnets, sharedNetworks, clientClasses, libraries,
            options, expiredLeases, declineProbation);
    }

    /** This configuration with other option data. */
    public DhcpConfig withOptions(OptionConfig4 optionData) {
        return new DhcpConfig(interfaces, serverIdentifier, subnets, sharedNetworks, clientClasses, hooks,
            optionData, expiredLeases, declineProbation);
    }

    /** This configuration with other lease reclamation settings. */
    public DhcpConfig withExpiredLeases(ExpiredLeasesProcessing processing) {
        return new DhcpConfig(interfaces, serverIdentifier, subnets, sharedNetworks, clientClasses, hooks, options,
            processing, declineProbation);
    }

    /** This configuration with another decline probation period. */
    public DhcpConfig withDeclineProbation(Duration probation) {
        return new DhcpConfig(interfaces, serverIdentifier, subnets, sharedNetworks, clientClasses, hooks, options,
            expiredLeases, probation);
    }

    public static DhcpConfig empty() {
        return new DhcpConfig(List.of(), Optional.empty(), List.of());
    }
}
