package org.takahe.dhcp.exchange;

import java.net.Inet4Address;
import java.util.List;

/** The interface a packet arrived on and its IPv4 addresses, as the transport learned them. */
public record ReceivingInterface(String name, List<Inet4Address> addresses) {

    public ReceivingInterface {
        addresses = List.copyOf(addresses);
    }
}
