package org.takahe.dhcp.exchange;

import java.net.Inet4Address;
import java.util.List;
import org.takahe.dhcp.wire.Ipv4Bytes;

/**
 * The few facts subnet selection needs, taken out of the request so selection never sees a packet.
 *
 * @param giaddr the relay's address, 0.0.0.0 for a directly connected client
 * @param ciaddr the client's address when it is renewing or informing, else 0.0.0.0
 * @param interfaceAddresses the receiving interface's IPv4 addresses
 */
public record SubnetSelector(Inet4Address giaddr, Inet4Address ciaddr, List<Inet4Address> interfaceAddresses) {

    public SubnetSelector {
        interfaceAddresses = List.copyOf(interfaceAddresses);
    }

    public static SubnetSelector of(Request4 request) {
        return new SubnetSelector(request.message().giaddr(), request.message().ciaddr(),
            request.receivedOn().addresses());
    }

    public boolean relayed() {
        return !Ipv4Bytes.isAny(giaddr);
    }
}
