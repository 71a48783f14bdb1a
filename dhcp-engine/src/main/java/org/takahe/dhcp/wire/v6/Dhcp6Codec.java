package org.takahe.dhcp.wire.v6;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import org.takahe.dhcp.wire.v6.MalformedDhcp6Exception.Reason;

/**
 * DHCPv6 message codec over {@link ByteBuffer}, like {@link org.takahe.dhcp.wire.Dhcp4Codec}: decoding reads a
 * duplicate of the caller's buffer (its position stays put) and copies what it keeps, so the caller may release
 * the datagram at once; encoding returns a new heap buffer the caller owns. Decoding checks the whole structure,
 * relayed messages included, and throws nothing but {@link MalformedDhcp6Exception}.
 */
public final class Dhcp6Codec {
    /** msg-type and transaction-id. */
    public static final int HEADER_LENGTH = 4;

    private Dhcp6Codec() {
    }

    /** @throws MalformedDhcp6Exception naming the reason, for any datagram that is no well-formed message */
    public static Dhcp6Packet decode(ByteBuffer datagram) throws MalformedDhcp6Exception {
        return decode(datagram.duplicate().order(ByteOrder.BIG_ENDIAN), 0, true);
    }

    /**
     * Decodes one level only: a relay message's own relayed message is required but left undecoded. Walking down
     * a chain that {@link #decode} has checked this way costs one pass per level instead of one per level below.
     */
    static Dhcp6Packet decodeOneLevel(ByteBuffer message) throws MalformedDhcp6Exception {
        return decode(message.duplicate().order(ByteOrder.BIG_ENDIAN), 0, false);
    }

    /** The message as a datagram: a new buffer, position 0, limit at its end. */
    public static ByteBuffer encode(Dhcp6Packet packet) {
        Options6 options = packet.options();
        int header = switch (packet) {
            case Dhcp6Message m -> HEADER_LENGTH;
            case RelayMessage6 r -> RelayMessage6.HEADER_LENGTH;
        };
        ByteBuffer out = ByteBuffer.allocate(header + options.wireLength());
        switch (packet) {
            case Dhcp6Message m -> out.putInt(m.type().code() << 24 | m.transactionId());
            case RelayMessage6 r -> out.put((byte) r.type().code()).put((byte) r.hopCount())
                .put(r.linkAddress().getAddress()).put(r.peerAddress().getAddress());
        }
        options.writeTo(out);
        return out.flip();
    }

    /**
     * @param relayDepth how many relay messages enclose this one
     * @param relayed whether to decode the message a relay message carries, and so on down the chain
     */
    private static Dhcp6Packet decode(ByteBuffer in, int relayDepth, boolean relayed)
            throws MalformedDhcp6Exception {
        if (in.remaining() < HEADER_LENGTH) {
            throw new MalformedDhcp6Exception(Reason.TRUNCATED_HEADER,
                in.remaining() + " bytes, a DHCPv6 message has at least " + HEADER_LENGTH);
        }
        int code = in.get(in.position()) & 0xff;
        MessageType6 type = MessageType6.of(code).orElseThrow(
            () -> new MalformedDhcp6Exception(Reason.UNKNOWN_MESSAGE_TYPE, "message type " + code));
        if (!type.isRelay()) {
            int xid = in.getInt() & Dhcp6Message.MAX_TRANSACTION_ID;
            return new Dhcp6Message(type, xid, OptionReader6.read(in, 0));
        }
        if (relayDepth >= RelayMessage6.HOP_COUNT_LIMIT) {
            throw new MalformedDhcp6Exception(Reason.RELAY_TOO_DEEP,
                "relay messages nested more than " + RelayMessage6.HOP_COUNT_LIMIT + " deep");
        }
        if (in.remaining() < RelayMessage6.HEADER_LENGTH) {
            throw new MalformedDhcp6Exception(Reason.TRUNCATED_HEADER,
                in.remaining() + " bytes, a relay message has at least " + RelayMessage6.HEADER_LENGTH);
        }
        in.get();
        int hopCount = in.get() & 0xff;
        RelayMessage6 relay = new RelayMessage6(type, hopCount, Wire6.address(in), Wire6.address(in),
            OptionReader6.read(in, 0));
        ByteBuffer inner = Wire6.buffer(relay.options().relayMessage().orElseThrow(
            () -> new MalformedDhcp6Exception(Reason.MISSING_RELAY_MESSAGE, type + " without option 9")));
        if (relayed) {
            try {
                decode(inner, relayDepth + 1, true);
            } catch (MalformedDhcp6Exception e) {
                throw e.within("in the message relayed by " + type + " at hop count " + hopCount);
            }
        }
        return relay;
    }
}
