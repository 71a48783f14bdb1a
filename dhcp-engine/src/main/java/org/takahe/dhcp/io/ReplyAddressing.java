package org.takahe.dhcp.io;

import java.net.InetSocketAddress;
import org.takahe.dhcp.exchange.Reply4;
import org.takahe.dhcp.wire.Dhcp4Message;
import org.takahe.dhcp.wire.Ipv4Bytes;
import org.takahe.dhcp.wire.MessageType;

/**
 * Where a reply goes (RFC 2131 §4.1): to the relay (giaddr, server port) if relayed; a NAK to a
 * direct client is broadcast; else to ciaddr if the client has one; else broadcast. Unicast to
 * yiaddr (client without broadcast flag and no address yet) needs an ARP entry injected for a host
 * that cannot answer ARP; not done yet, so such replies are broadcast too, which clients accept.
 */
public record ReplyAddressing(int serverPort, int clientPort) {
    private static final byte[] BROADCAST = {(byte) 255, (byte) 255, (byte) 255, (byte) 255};

    public InetSocketAddress destination(Dhcp4Message request, Reply4 reply) {
        if (request.isRelayed()) {
            return new InetSocketAddress(request.giaddr(), serverPort);
        }
        if (reply.type() != MessageType.NAK && !Ipv4Bytes.isAny(request.ciaddr())) {
            return new InetSocketAddress(request.ciaddr(), clientPort);
        }
        return new InetSocketAddress(Ipv4Bytes.of(BROADCAST), clientPort);
    }
}
