package org.takahe.dhcp.v6.io;

import java.net.Inet6Address;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The IPv6 side of the system's interfaces: an interface's addresses, the interface holding an address. */
final class InterfaceAddresses6 {
    private InterfaceAddresses6() {
    }

    static Optional<NetworkInterface> byName(String name) throws SocketException {
        return Optional.ofNullable(NetworkInterface.getByName(name));
    }

    /** The interface's IPv6 addresses in the order the system lists them. */
    static List<Inet6Address> addresses(NetworkInterface nic) {
        return nic.inetAddresses().filter(Inet6Address.class::isInstance).map(Inet6Address.class::cast).toList();
    }

    /** The interface one of whose addresses this is (compared without scope), if any. */
    static Optional<NetworkInterface> holding(Inet6Address address) throws SocketException {
        byte[] wanted = address.getAddress();
        return NetworkInterface.networkInterfaces()
            .filter(nic -> addresses(nic).stream().anyMatch(a -> Arrays.equals(a.getAddress(), wanted)))
            .findFirst();
    }
}
