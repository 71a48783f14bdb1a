package org.takahe.dhcp.v6.exchange;

import java.net.Inet6Address;
import java.util.List;
import java.util.Optional;

/**
 * How a datagram reached the server, as the socket it came in on tells: which interface (a socket bound to a
 * unicast address need not know one) with that interface's addresses, and to what kind of destination.
 *
 * @param interfaceName the receiving interface, when the socket is tied to one
 * @param interfaceAddresses its IPv6 addresses as the system lists them, looked up when the socket was opened or the
 *     configuration last applied
 */
public record Arrival(Optional<String> interfaceName, List<Inet6Address> interfaceAddresses, Delivery delivery) {

    public Arrival {
        interfaceAddresses = List.copyOf(interfaceAddresses);
    }

    /** What the datagram was sent to. */
    public enum Delivery {
        /** All_DHCP_Relay_Agents_and_Servers (ff02::1:2) on the receiving interface. */
        MULTICAST,
        /** A unicast address the configuration lists (unicast-address), where unicast is welcome. */
        UNICAST,
        /** Another of the server's unicast addresses: clients must not unicast there (RFC 8415 §18.4). */
        UNICAST_UNCONFIGURED
    }

    /** The interface's {@linkplain #isGlobal global} addresses, those a range's prefix may hold. */
    public List<Inet6Address> globalAddresses() {
        return interfaceAddresses.stream().filter(Arrival::isGlobal).toList();
    }

    /** Whether a range's prefix may hold the address: it is neither unspecified, link-local, loopback nor multicast. */
    public static boolean isGlobal(Inet6Address address) {
        return !address.isAnyLocalAddress() && !address.isLinkLocalAddress() && !address.isLoopbackAddress()
            && !address.isMulticastAddress();
    }
}
