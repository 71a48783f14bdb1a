package org.takahe.dhcp.exchange;

import java.net.InetSocketAddress;
import org.takahe.dhcp.wire.Dhcp4Message;

/** A decoded request as the transport hands it over: no buffers, only values. */
public record InboundDatagram(Dhcp4Message message, InetSocketAddress source, ReceivingInterface receivedOn) {
}
