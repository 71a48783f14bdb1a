package org.takahe.dhcp.v6.exchange;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.util.List;
import java.util.Optional;
import org.takahe.dhcp.config.v6.Range6;
import org.takahe.dhcp.wire.v6.RelayMessage6;

/**
 * Finds the allocation range of the client's link (RFC 8415 §13.1). Relayed: the link-address of the relay next to
 * the client, or when that one left it unspecified (::) the next relay's outwards, inside a range's prefix. Direct:
 * the range configured for the receiving interface, else the one whose prefix holds a global address of that
 * interface, else the one holding the client's global source address. A client's unicast tries its source address
 * first: the server unicast option goes to relayed clients too, and such a client unicasts to an address whose
 * interface is not its link. The first range in configuration order wins.
 */
public final class RangeSelection {
    private final List<Range6> ranges;

    public RangeSelection(List<Range6> ranges) {
        this.ranges = List.copyOf(ranges);
    }

    /** The range and what located it, for the log. */
    public record Selected(Range6 range, String by) {
    }

    public Optional<Selected> select(Request6 request) {
        if (request.isRelayed()) {
            return relayLinkAddress(request.relays()).flatMap(link -> containing(link)
                .map(r -> new Selected(r, "relay link-address " + link.getHostAddress())));
        }
        Arrival arrival = request.arrival();
        if (arrival.delivery() == Arrival.Delivery.MULTICAST) {
            return byInterface(arrival).or(() -> byClientAddress(request));
        }
        return byClientAddress(request).or(() -> byInterface(arrival));
    }

    private Optional<Selected> byInterface(Arrival arrival) {
        Optional<String> name = arrival.interfaceName();
        Optional<Selected> byName = name.flatMap(n -> ranges.stream()
            .filter(r -> r.interfaceName().equals(Optional.of(n))).findFirst())
            .map(r -> new Selected(r, "interface " + name.get()));
        if (byName.isPresent()) {
            return byName;
        }
        for (Inet6Address own : arrival.globalAddresses()) {
            Optional<Selected> byAddress = containing(own).map(r -> new Selected(r, "interface address "
                + own.getHostAddress()));
            if (byAddress.isPresent()) {
                return byAddress;
            }
        }
        return Optional.empty();
    }

    private Optional<Selected> byClientAddress(Request6 request) {
        if (request.source().getAddress() instanceof Inet6Address client && Arrival.isGlobal(client)) {
            return containing(client).map(r -> new Selected(r, "client address " + client.getHostAddress()));
        }
        return Optional.empty();
    }

    /** The innermost link-address that is not ::, relays being listed outermost first. */
    private static Optional<Inet6Address> relayLinkAddress(List<RelayMessage6> relays) {
        for (RelayMessage6 relay : relays.reversed()) {
            if (!isUnspecified(relay.linkAddress())) {
                return Optional.of(relay.linkAddress());
            }
        }
        return Optional.empty();
    }

    private Optional<Range6> containing(Inet6Address address) {
        return ranges.stream().filter(r -> r.prefix().contains(address)).findFirst();
    }

    private static boolean isUnspecified(InetAddress address) {
        return address.isAnyLocalAddress();
    }
}
