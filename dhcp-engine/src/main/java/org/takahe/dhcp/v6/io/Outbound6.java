package org.takahe.dhcp.v6.io;

import java.net.InetSocketAddress;
import org.takahe.dhcp.wire.v6.Dhcp6Packet;

/** A reply and where it goes, as handed to the encoder. */
public record Outbound6(Dhcp6Packet packet, InetSocketAddress recipient) {
}
