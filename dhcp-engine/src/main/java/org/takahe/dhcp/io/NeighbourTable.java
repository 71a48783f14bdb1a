package org.takahe.dhcp.io;

import java.io.IOException;
import java.net.Inet4Address;
import org.takahe.dhcp.wire.Octets;

/** The kernel's IPv4 neighbour (ARP) table, written so a datagram can reach a host that cannot answer ARP. */
public interface NeighbourTable {

    /**
     * Records that {@code address} is at the Ethernet address {@code hardwareAddress} on the interface.
     *
     * @throws IOException when the entry cannot be written (no permission, no such interface, not Linux)
     */
    void add(String interfaceName, Inet4Address address, Octets hardwareAddress) throws IOException;
}
