package org.takahe.dhcp.exchange;

import java.net.Inet4Address;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.takahe.dhcp.config.ClientClass4;
import org.takahe.dhcp.config.DhcpConfig;
import org.takahe.dhcp.config.Pool4;
import org.takahe.dhcp.config.Subnet4;
import org.takahe.dhcp.wire.Ipv4Bytes;
import org.takahe.lease.Lease4;

/**
 * Lists the option scopes of one exchange from what the chain found: the global sets, the sets of each class
 * of the request (one scope per class, in assignment order, so the first class wins among classes), of the
 * selected subnet's
 * shared network and of the subnet, of the pool the client's address comes from, and of its host reservation.
 * A new level of configuration plugs in here, as one more scope.
 */
final class OptionScopes {
    private final List<String> global;
    private final Map<String, ClientClass4> classes;
    private final SharedNetworkIndex sharedNetworks;

    OptionScopes(DhcpConfig config, SharedNetworkIndex sharedNetworks) {
        this.global = config.options().global().optionSetIds();
        this.classes = config.clientClasses().stream()
            .collect(Collectors.toUnmodifiableMap(ClientClass4::name, Function.identity(), (first, second) -> first));
        this.sharedNetworks = sharedNetworks;
    }

    List<OptionScope> of(Request4 request, Reply4.Builder reply) {
        List<OptionScope> scopes = new ArrayList<>();
        scopes.add(new OptionScope(OptionLevel.GLOBAL, global));
        for (String name : reply.classes().names()) {
            ClientClass4 member = classes.get(name);
            if (member != null) {
                scopes.add(new OptionScope(OptionLevel.CLASS, member.optionSetIds()));
            }
        }
        reply.subnet().ifPresent(subnet -> {
            sharedNetworks.networkOf(subnet)
                .ifPresent(network -> scopes.add(new OptionScope(OptionLevel.SHARED_NETWORK, network.optionSetIds())));
            scopes.add(new OptionScope(OptionLevel.SUBNET, subnet.options().optionSetIds()));
            poolOf(subnet, clientAddress(request, reply))
                .ifPresent(pool -> scopes.add(new OptionScope(OptionLevel.POOL, pool.options().optionSetIds())));
        });
        reply.reservation()
            .ifPresent(host -> scopes.add(new OptionScope(OptionLevel.RESERVATION, host.optionSetIds())));
        return scopes;
    }

    /** The address the reply is about: the one leased, else (INFORM) the one the client has. */
    private static Optional<Inet4Address> clientAddress(Request4 request, Reply4.Builder reply) {
        return reply.lease().map(Lease4::address)
            .or(() -> Optional.of(request.message().ciaddr()).filter(a -> !Ipv4Bytes.isAny(a)));
    }

    private static Optional<Pool4> poolOf(Subnet4 subnet, Optional<Inet4Address> address) {
        return address.flatMap(a -> subnet.pools().stream().filter(p -> p.contains(a)).findFirst());
    }
}
