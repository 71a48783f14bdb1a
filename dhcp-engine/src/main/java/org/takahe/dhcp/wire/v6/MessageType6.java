package org.takahe.dhcp.wire.v6;

import java.util.Optional;

/** DHCPv6 message types (RFC 8415 §7.3), the first byte of every message. */
public enum MessageType6 {
    SOLICIT(1), ADVERTISE(2), REQUEST(3), CONFIRM(4), RENEW(5), REBIND(6), REPLY(7), RELEASE(8), DECLINE(9),
    RECONFIGURE(10), INFORMATION_REQUEST(11), RELAY_FORW(12), RELAY_REPL(13);

    private static final MessageType6[] BY_CODE = new MessageType6[14];

    static {
        for (MessageType6 type : values()) {
            BY_CODE[type.code] = type;
        }
    }

    private final int code;

    MessageType6(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    /** The type with this code; empty for codes RFC 8415 does not define. */
    public static Optional<MessageType6> of(int code) {
        return code >= 0 && code < BY_CODE.length ? Optional.ofNullable(BY_CODE[code]) : Optional.empty();
    }

    /** Relay-forward and relay-reply have the relay header (RFC 8415 §9) instead of a transaction id. */
    public boolean isRelay() {
        return this == RELAY_FORW || this == RELAY_REPL;
    }
}
