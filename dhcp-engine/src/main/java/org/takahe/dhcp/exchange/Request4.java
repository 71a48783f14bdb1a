package org.takahe.dhcp.exchange;

import java.net.Inet4Address;
import java.net.InetSocketAddress;
import java.util.Optional;
import org.takahe.dhcp.alloc.ClientKey;
import org.takahe.dhcp.wire.Dhcp4Message;
import org.takahe.dhcp.wire.MessageType;
import org.takahe.dhcp.wire.Octets;

/**
 * The request as handlers see it.
 *
 * @param type the message type; {@link Exchange4} drops BOOTREPLYs and packets without a known type before the chain
 * @param serverIdentifier our identifier on the receiving interface: configured, else the interface's
 *     first IPv4 address; empty if neither exists
 */
public record Request4(Dhcp4Message message, MessageType type, InetSocketAddress source,
        ReceivingInterface receivedOn, Optional<Inet4Address> serverIdentifier) {

    public ClientKey client() {
        return new ClientKey(message.hardwareAddress().toColonHex(),
            message.options().clientIdentifier().map(Octets::toHex));
    }

    public String xid() {
        return Integer.toHexString(message.xid());
    }
}
