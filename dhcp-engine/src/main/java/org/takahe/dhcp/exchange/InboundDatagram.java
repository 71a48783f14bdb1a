package org.takahe.dhcp.exchange;

import java.net.InetSocketAddress;
import org.takahe.dhcp.wire.Dhcp4Codec;
import org.takahe.dhcp.wire.Dhcp4Message;
import org.takahe.dhcp.wire.Ipv4Bytes;

/**
 * A decoded request as the transport hands it over: no buffers, only values.
 *
 * @param destination where the datagram was sent, as the transport reports it: with epoll the packet's own
 *     destination (broadcast or our address); with NIO the socket's local address
 * @param length the UDP payload size in bytes
 */
public record InboundDatagram(Dhcp4Message message, InetSocketAddress source, ReceivingInterface receivedOn,
        InetSocketAddress destination, int length) {

    /** A request handed over without transport facts (tests, tools): destination unspecified, length as encoded. */
    public InboundDatagram(Dhcp4Message message, InetSocketAddress source, ReceivingInterface receivedOn) {
        this(message, source, receivedOn, new InetSocketAddress(Ipv4Bytes.ANY, 0), Dhcp4Codec.encode(message).remaining());
    }
}
