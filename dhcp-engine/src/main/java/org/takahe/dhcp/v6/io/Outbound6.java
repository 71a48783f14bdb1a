package org.takahe.dhcp.v6.io;

import java.net.InetSocketAddress;
import org.takahe.dhcp.io.ReplyEncoder;
import org.takahe.dhcp.wire.v6.Dhcp6Codec;
import org.takahe.dhcp.wire.v6.Dhcp6Packet;

/** A reply and where it goes, as handed to the encoder. */
public record Outbound6(Dhcp6Packet packet, InetSocketAddress recipient) {

    /** The pipeline's last outbound step: these records to datagrams. */
    public static ReplyEncoder<Outbound6> encoder() {
        return new ReplyEncoder<>(Outbound6.class, out -> Dhcp6Codec.encode(out.packet()), Outbound6::recipient);
    }
}
