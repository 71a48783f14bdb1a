package org.takahe.dhcp.io;

import java.net.InetSocketAddress;
import org.takahe.dhcp.wire.Dhcp4Message;

/** A reply and where it goes, as handed to the encoder. */
public record OutboundDatagram(Dhcp4Message message, InetSocketAddress recipient) {
}
