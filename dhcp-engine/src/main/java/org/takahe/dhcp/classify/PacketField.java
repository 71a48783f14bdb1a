package org.takahe.dhcp.classify;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;
import org.takahe.dhcp.wire.Dhcp4Message;
import org.takahe.dhcp.wire.MessageType;
import org.takahe.dhcp.wire.Octets;

/**
 * The fixed fields of a packet an expression can read ({@code pkt4.mac}, {@code pkt.iface} …). Addresses are their
 * four bytes and numbers four bytes in network order, as in Kea, so {@code pkt4.htype == 1} compares like with like.
 */
public enum PacketField {
    MAC("pkt4", "mac"),
    HLEN("pkt4", "hlen"),
    HTYPE("pkt4", "htype"),
    CIADDR("pkt4", "ciaddr"),
    GIADDR("pkt4", "giaddr"),
    YIADDR("pkt4", "yiaddr"),
    SIADDR("pkt4", "siaddr"),
    MSGTYPE("pkt4", "msgtype"),
    TRANSID("pkt4", "transid"),
    IFACE("pkt", "iface"),
    SRC("pkt", "src"),
    DST("pkt", "dst"),
    LEN("pkt", "len");

    private final String object;
    private final String field;

    PacketField(String object, String field) {
        this.object = object;
        this.field = field;
    }

    /** The field as written in an expression, e.g. "pkt4.mac". */
    public String expressionName() {
        return object + "." + field;
    }

    static Optional<PacketField> find(String object, String field) {
        return Arrays.stream(values()).filter(f -> f.object.equals(object) && f.field.equals(field)).findFirst();
    }

    /** "mac, hlen, …" for an error message about {@code object}. */
    static String namesOf(String object) {
        return Arrays.stream(values()).filter(f -> f.object.equals(object)).map(f -> f.field)
            .collect(Collectors.joining(", "));
    }

    Octets read(PacketView packet) {
        Dhcp4Message message = packet.message();
        return switch (this) {
            case MAC -> message.hardwareAddress();
            case HLEN -> ByteStrings.uint32(message.hlen());
            case HTYPE -> ByteStrings.uint32(message.htype());
            case CIADDR -> Octets.of(message.ciaddr().getAddress());
            case GIADDR -> Octets.of(message.giaddr().getAddress());
            case YIADDR -> Octets.of(message.yiaddr().getAddress());
            case SIADDR -> Octets.of(message.siaddr().getAddress());
            case MSGTYPE -> ByteStrings.uint32(message.messageType().map(MessageType::code).orElse(0));
            case TRANSID -> ByteStrings.uint32(Integer.toUnsignedLong(message.xid()));
            case IFACE -> ByteStrings.utf8(packet.interfaceName());
            case SRC -> Octets.of(packet.source().getAddress());
            case DST -> Octets.of(packet.destination().getAddress());
            case LEN -> ByteStrings.uint32(packet.length());
        };
    }
}
