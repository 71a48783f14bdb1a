package org.takahe.dhcp.exchange;

import java.net.Inet4Address;
import java.net.InetSocketAddress;
import java.util.Optional;
import org.takahe.dhcp.alloc.ClientKey;
import org.takahe.dhcp.classify.ClientClasses;
import org.takahe.dhcp.classify.PacketView;
import org.takahe.dhcp.wire.Dhcp4Codec;
import org.takahe.dhcp.wire.Dhcp4Message;
import org.takahe.dhcp.wire.Ipv4Bytes;
import org.takahe.dhcp.wire.MessageType;
import org.takahe.dhcp.wire.Octets;

/**
 * The request as handlers see it.
 *
 * @param type the message type; {@link Exchange4} drops BOOTREPLYs and packets without a known type before the chain
 * @param serverIdentifier our identifier on the receiving interface: configured, else the interface's
 *     first IPv4 address; empty if neither exists
 * @param destination where the datagram was sent ({@link InboundDatagram#destination()})
 * @param length the UDP payload size in bytes
 */
public record Request4(Dhcp4Message message, MessageType type, InetSocketAddress source,
        ReceivingInterface receivedOn, Optional<Inet4Address> serverIdentifier, InetSocketAddress destination,
        int length) {

    /** A request without transport facts (tests): destination unspecified, length as encoded. */
    public Request4(Dhcp4Message message, MessageType type, InetSocketAddress source, ReceivingInterface receivedOn,
            Optional<Inet4Address> serverIdentifier) {
        this(message, type, source, receivedOn, serverIdentifier, new InetSocketAddress(Ipv4Bytes.ANY, 0),
            Dhcp4Codec.encode(message).remaining());
    }

    /** What a classification or identifier expression sees of this request, with these classes. */
    public PacketView view(ClientClasses classes) {
        return new PacketView(message, receivedOn.name(), source.getAddress(), destination.getAddress(), length,
            classes);
    }

    public ClientKey client() {
        return new ClientKey(message.hardwareAddress().toColonHex(),
            message.options().clientIdentifier().map(Octets::toHex));
    }

    public String xid() {
        return Integer.toHexString(message.xid());
    }
}
