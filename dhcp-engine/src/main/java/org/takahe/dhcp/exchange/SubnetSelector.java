package org.takahe.dhcp.exchange;

import java.net.Inet4Address;
import java.util.List;
import java.util.Optional;
import org.takahe.dhcp.wire.Dhcp4Message;
import org.takahe.dhcp.wire.Ipv4Bytes;
import org.takahe.dhcp.wire.RelayAgentInformation;

/**
 * The few facts subnet selection needs, taken out of the request so selection never sees a packet.
 *
 * @param subnetSelection the subnet selection option (118, RFC 3011), if sent
 * @param linkSelection the link-selection sub-option of the relay agent information (82.5, RFC 3527), if sent
 * @param giaddr the relay's address, 0.0.0.0 for a directly connected client
 * @param ciaddr the client's address when it is renewing or informing, else 0.0.0.0
 * @param interfaceName the receiving interface
 * @param interfaceAddresses the receiving interface's IPv4 addresses
 */
public record SubnetSelector(Optional<Inet4Address> subnetSelection, Optional<Inet4Address> linkSelection,
        Inet4Address giaddr, Inet4Address ciaddr, String interfaceName, List<Inet4Address> interfaceAddresses) {

    public SubnetSelector {
        interfaceAddresses = List.copyOf(interfaceAddresses);
    }

    public static SubnetSelector of(Request4 request) {
        Dhcp4Message message = request.message();
        return new SubnetSelector(message.options().subnetSelection(),
            message.options().relayAgentInformation().flatMap(RelayAgentInformation::linkSelection),
            message.giaddr(), message.ciaddr(), request.receivedOn().name(), request.receivedOn().addresses());
    }

    public boolean relayed() {
        return !Ipv4Bytes.isAny(giaddr);
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder();
        subnetSelection.ifPresent(a -> text.append("subnet-selection ").append(a.getHostAddress()).append(", "));
        linkSelection.ifPresent(a -> text.append("link-selection ").append(a.getHostAddress()).append(", "));
        if (relayed()) {
            text.append("giaddr ").append(giaddr.getHostAddress()).append(", ");
        }
        if (!Ipv4Bytes.isAny(ciaddr)) {
            text.append("ciaddr ").append(ciaddr.getHostAddress()).append(", ");
        }
        return text.append("interface ").append(interfaceName).append(' ')
            .append(interfaceAddresses.stream().map(Inet4Address::getHostAddress).toList()).toString();
    }
}
