package org.takahe.dhcp.wire.v6;

/**
 * A client/server message (RFC 8415 §8): type, 24-bit transaction id, options.
 *
 * @param transactionId 0..0xffffff
 */
public record Dhcp6Message(MessageType6 type, int transactionId, Options6 options) implements Dhcp6Packet {

    public static final int MAX_TRANSACTION_ID = 0xffffff;

    /** @throws IllegalArgumentException for a relay type or a transaction id over 24 bits */
    public Dhcp6Message {
        if (type.isRelay()) {
            throw new IllegalArgumentException(type + " is a relay message; use RelayMessage6");
        }
        if (transactionId < 0 || transactionId > MAX_TRANSACTION_ID) {
            throw new IllegalArgumentException("transaction id " + transactionId + " does not fit 24 bits");
        }
    }
}
