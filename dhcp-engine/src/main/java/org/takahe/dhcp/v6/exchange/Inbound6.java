package org.takahe.dhcp.v6.exchange;

import java.net.InetSocketAddress;
import org.takahe.dhcp.wire.v6.Dhcp6Packet;

/**
 * A decoded datagram as the transport hands it over: no buffers, only values.
 *
 * @param source the sender: a client (port 546) or a relay agent (port 547), with the scope id of a link-local
 *     address, so a reply finds its way back out of the right interface
 */
public record Inbound6(Dhcp6Packet packet, InetSocketAddress source, Arrival arrival) {
}
