package org.takahe.dhcp.io;

import java.net.Inet4Address;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.util.Optional;
import org.takahe.dhcp.exchange.ReceivingInterface;

/** Looks up an interface's IPv4 addresses, in the order the system lists them. */
final class InterfaceAddresses {
    private InterfaceAddresses() {
    }

    static Optional<ReceivingInterface> lookup(String name) throws SocketException {
        return Optional.ofNullable(NetworkInterface.getByName(name))
            .map(nic -> new ReceivingInterface(name, nic.getInterfaceAddresses().stream()
                .map(a -> a.getAddress())
                .filter(Inet4Address.class::isInstance)
                .map(Inet4Address.class::cast)
                .toList()));
    }
}
