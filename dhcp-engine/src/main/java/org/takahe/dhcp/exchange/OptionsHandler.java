package org.takahe.dhcp.exchange;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.takahe.dhcp.config.ConfiguredOption;
import org.takahe.dhcp.config.DhcpConfig;
import org.takahe.dhcp.config.LeaseTimers;
import org.takahe.dhcp.config.OptionConfig4;
import org.takahe.dhcp.config.Subnet4;
import org.takahe.dhcp.wire.Dhcp4Options;
import org.takahe.dhcp.wire.MessageType;
import org.takahe.dhcp.wire.Octets;
import org.takahe.dhcp.wire.OptionSpace;
import org.takahe.dhcp.wire.StandardOptions;

/**
 * Adds the options of the reply. Always: the server identifier; with a lease, the lease time, T1 and T2.
 * Then, for OFFER and ACK, the options of the client's scopes after Kea's precedence ({@link OptionScopes},
 * {@link OptionResolver}): the subnet mask first (RFC 2132 §3.3: before the routers), those the client asks
 * for in option 55, in its order, then the basic ones a client
 * needs to use its address (routers, DNS servers, domain name: sent unasked when configured, as Kea does), then
 * those marked always-send in code order. Nothing else: any other option the
 * client did not ask for stays out unless the operator says otherwise.
 */
final class OptionsHandler implements Handler4 {
    private static final List<Integer> BASIC = List.of(StandardOptions.ROUTERS.code(),
        StandardOptions.DOMAIN_NAME_SERVERS.code(), StandardOptions.DOMAIN_NAME.code());

    private final OptionConfig4 config;
    private final OptionScopes scopes;
    private final OptionResolver resolver;

    OptionsHandler(DhcpConfig config, SharedNetworkIndex sharedNetworks) {
        this.config = config.options();
        this.scopes = new OptionScopes(config, sharedNetworks);
        this.resolver = new OptionResolver(config.options().optionSets());
    }

    @Override
    public Step handle(Request4 request, Reply4.Builder reply) {
        if (reply.type().isEmpty()) {
            return Step.CONTINUE;
        }
        Dhcp4Options.Builder options = reply.options();
        request.serverIdentifier().ifPresent(id -> options.address(StandardOptions.SERVER_IDENTIFIER, id));
        if (reply.type().get() == MessageType.NAK || reply.subnet().isEmpty()) {
            return Step.CONTINUE;
        }
        Subnet4 subnet = reply.subnet().get();
        if (reply.lease().isPresent()) {
            LeaseTimers timers = reply.timers().orElseThrow();
            options.seconds(StandardOptions.LEASE_TIME, timers.validLifetime())
                .seconds(StandardOptions.RENEWAL_TIME, timers.renewTime())
                .seconds(StandardOptions.REBINDING_TIME, timers.rebindTime());
        }
        Map<Integer, ConfiguredOption> offered = offered(request, reply, subnet);
        Set<Integer> wanted = new LinkedHashSet<>();
        wanted.add(StandardOptions.SUBNET_MASK.code());
        wanted.addAll(request.message().options().parameterRequestList());
        wanted.addAll(BASIC);
        offered.values().stream().filter(ConfiguredOption::alwaysSend).forEach(o -> wanted.add(o.key().code()));
        for (int code : wanted) {
            ConfiguredOption option = offered.get(code);
            if (option != null && !option.neverSend() && !options.contains(code)) {
                options.raw(code, option.data());
            }
        }
        return Step.CONTINUE;
    }

    /** The top-level options this client could be sent, by code: its resolved options, 43 and 125 built. */
    private Map<Integer, ConfiguredOption> offered(Request4 request, Reply4.Builder reply, Subnet4 subnet) {
        ResolvedOptions resolved = resolver.resolve(scopes.of(request, reply));
        Map<Integer, ConfiguredOption> offered = new TreeMap<>();
        resolved.inSpace(OptionSpace.DHCP4).stream()
            .filter(o -> !OptionConfig4.SERVER_MANAGED_CODES.contains(o.key().code()))
            .forEach(o -> offered.put(o.key().code(), o));
        offered.remove(StandardOptions.VENDOR_SPECIFIC.code());
        offered.remove(StandardOptions.VENDOR_IDENTIFYING_SPECIFIC.code());
        Dhcp4Options asked = request.message().options();
        VendorOptions.vendorSpecific(resolved, config.vendorSpaceFor(asked.vendorClass()))
            .ifPresent(o -> offered.put(o.key().code(), o));
        VendorOptions.vendorIdentifying(resolved, asked).ifPresent(o -> offered.put(o.key().code(), o));
        // The mask follows from the subnet and is always sent; an operator's own option 1 (for a supernet) wins.
        ConfiguredOption mask = new ConfiguredOption(StandardOptions.SUBNET_MASK.key(),
            Octets.of(subnet.prefix().maskAddress().getAddress()), true, false);
        offered.merge(mask.key().code(), mask, (configured, derived) ->
            new ConfiguredOption(configured.key(), configured.data(), true, configured.neverSend()));
        return offered;
    }
}
