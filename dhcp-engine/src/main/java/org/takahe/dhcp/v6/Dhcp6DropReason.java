package org.takahe.dhcp.v6;

/**
 * Why a DHCPv6 message was discarded, at any stage; each reason has a counter and a log ID, and every one of them
 * counts in RFC 9243's discarded-message-count.
 */
public enum Dhcp6DropReason {
    /** The datagram is no well-formed DHCPv6 message (the codec's reason is counted apart). */
    MALFORMED,
    /** A message type only servers send (ADVERTISE, REPLY, RECONFIGURE, RELAY-REPL). */
    NOT_A_CLIENT_MESSAGE,
    /** A message that must carry a Client Identifier has none, or a malformed one (RFC 8415 §16). */
    MISSING_CLIENT_ID,
    /** A SOLICIT, CONFIRM or REBIND carries a Server Identifier (RFC 8415 §16.2, §16.5, §16.7). */
    UNEXPECTED_SERVER_ID,
    /** A REQUEST, RENEW, DECLINE or RELEASE carries no Server Identifier (RFC 8415 §16.4, §16.6, §16.8, §16.9). */
    MISSING_SERVER_ID,
    /** The Server Identifier names another server. */
    NOT_FOR_THIS_SERVER,
    /** An INFORMATION-REQUEST holds an IA_NA, IA_TA or IA_PD option (RFC 8415 §16.12). */
    INFORMATION_REQUEST_WITH_IA,
    /**
     * A client unicast a REQUEST, RENEW, RELEASE or DECLINE to an address it was not offered; it is answered with
     * UseMulticast only (RFC 8415 §18.4).
     */
    UNICAST_NOT_INVITED,
    /**
     * A client unicast a SOLICIT, CONFIRM, REBIND or INFORMATION-REQUEST, which it may send only to ff02::1:2 (RFC
     * 8415 §16).
     */
    UNICAST_FORBIDDEN,
    /** No allocation range serves the client's link. */
    NO_RANGE,
    /** A CONFIRM without addresses: RFC 8415 §18.3.3 forbids a reply. */
    NOTHING_TO_CONFIRM,
    /** The lease store could not make a lease durable, so no REPLY may be sent. */
    LEASE_STORE_FAILURE,
    /** The bounded worker queue is full. */
    QUEUE_FULL,
    /** DHCPv6 service is disabled in the configuration. */
    NOT_SERVING,
    /** An unexpected error while processing; a bug, counted rather than crashing the engine. */
    INTERNAL_ERROR;

    /** Whether RFC 9243's invalid-client-detected notification reports this discard (an RFC 8415 §16 rule broke). */
    public boolean isInvalidClient() {
        return switch (this) {
            case MISSING_CLIENT_ID, UNEXPECTED_SERVER_ID, MISSING_SERVER_ID, INFORMATION_REQUEST_WITH_IA,
                UNICAST_NOT_INVITED, UNICAST_FORBIDDEN -> true;
            default -> false;
        };
    }
}
