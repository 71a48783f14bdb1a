package org.takahe.dhcp.wire.v6;

import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.Inet6Address;
import java.nio.ByteBuffer;
import java.util.HexFormat;
import org.takahe.dhcp.wire.Ipv6Bytes;

/** Small helpers of the DHCPv6 wire tests. */
final class Bytes6 {
    private Bytes6() {
    }

    /** Hex with blanks between groups for readability. */
    static byte[] hex(String spaced) {
        return HexFormat.of().parseHex(spaced.replace(" ", ""));
    }

    static Inet6Address ip6(String text) {
        return Ipv6Bytes.fromText(text).orElseThrow();
    }

    static Dhcp6Packet decode(byte[] bytes) throws MalformedDhcp6Exception {
        return Dhcp6Codec.decode(ByteBuffer.wrap(bytes));
    }

    static byte[] encode(Dhcp6Packet packet) {
        ByteBuffer out = Dhcp6Codec.encode(packet);
        byte[] bytes = new byte[out.remaining()];
        out.get(bytes);
        return bytes;
    }

    static MalformedDhcp6Exception.Reason malformed(byte[] bytes) {
        return assertThrows(MalformedDhcp6Exception.class, () -> decode(bytes)).reason();
    }
}
