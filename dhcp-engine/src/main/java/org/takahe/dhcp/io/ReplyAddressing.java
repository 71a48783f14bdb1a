package org.takahe.dhcp.io;

import java.net.InetSocketAddress;
import org.takahe.dhcp.exchange.Reply4;
import org.takahe.dhcp.wire.Dhcp4Message;
import org.takahe.dhcp.wire.Ipv4Bytes;
import org.takahe.dhcp.wire.MessageType;

/**
 * Where a reply goes, RFC 2131 §4.1 in order: through the relay (giaddr, server port) when relayed —
 * a NAK too, which carries the broadcast bit for the relay to act on; a NAK to a direct client is
 * broadcast; to ciaddr when the client has an address; broadcast when the client set the broadcast
 * bit (or nothing was assigned); else to the new address (yiaddr) at the client's hardware address.
 */
public record ReplyAddressing(int serverPort, int clientPort) {

    public ReplyDestination destination(Dhcp4Message request, Reply4 reply) {
        if (request.isRelayed()) {
            return new ReplyDestination.Relay(new InetSocketAddress(request.giaddr(), serverPort));
        }
        if (reply.type() == MessageType.NAK) {
            return broadcast();
        }
        if (!Ipv4Bytes.isAny(request.ciaddr())) {
            return new ReplyDestination.ClientAddress(new InetSocketAddress(request.ciaddr(), clientPort));
        }
        if (request.broadcastFlag() || Ipv4Bytes.isAny(reply.message().yiaddr())) {
            return broadcast();
        }
        return new ReplyDestination.NewAddress(new InetSocketAddress(reply.message().yiaddr(), clientPort),
            request.htype(), request.hardwareAddress());
    }

    /** The broadcast destination on the client port. */
    public ReplyDestination.Broadcast broadcast() {
        return new ReplyDestination.Broadcast(new InetSocketAddress(Ipv4Bytes.of(new byte[] {-1, -1, -1, -1}),
            clientPort));
    }
}
