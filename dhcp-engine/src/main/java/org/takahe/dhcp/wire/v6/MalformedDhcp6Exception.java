package org.takahe.dhcp.wire.v6;

/**
 * A datagram that is no DHCPv6 message. The only exception {@link Dhcp6Codec#decode} throws; its {@link #reason}
 * names the drop for counters and logs, the message says where in the datagram it went wrong. It carries no
 * stack trace: anyone can send such datagrams, so making one must stay cheap.
 */
public final class MalformedDhcp6Exception extends Exception {
    private static final long serialVersionUID = 1L;

    /** Why a datagram was dropped; the names are stable, for use as counter labels. */
    public enum Reason {
        /** Shorter than the 4-byte message header, or a relay message shorter than its 34-byte header. */
        TRUNCATED_HEADER,
        /** The message type is none of RFC 8415's (1..13). */
        UNKNOWN_MESSAGE_TYPE,
        /** An option's header or data runs past the end of the message or of the option that holds it. */
        TRUNCATED_OPTION,
        /**
         * An option with inner structure (IA_NA, IA_TA, IAADDR, IA_PD, IAPREFIX, VENDOR_OPTS, NTP_SERVER) is
         * shorter than its fixed fields or holds a prefix length over 128.
         */
        INVALID_OPTION,
        /** Options nested deeper than {@link Options6#MAX_NESTING} within one message. */
        OPTIONS_TOO_DEEP,
        /** A relay-forward or relay-reply without its Relay Message option (RFC 8415 §9). */
        MISSING_RELAY_MESSAGE,
        /** Relay messages nested more than HOP_COUNT_LIMIT (32, RFC 8415 §7.6) deep. */
        RELAY_TOO_DEEP
    }

    private final Reason reason;

    public MalformedDhcp6Exception(Reason reason, String detail) {
        super(detail, null, false, false);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }

    /** The same failure, its detail prefixed with where it was found (e.g. "in IA_NA 7: "). */
    MalformedDhcp6Exception within(String where) {
        return new MalformedDhcp6Exception(reason, where + ": " + getMessage());
    }
}
