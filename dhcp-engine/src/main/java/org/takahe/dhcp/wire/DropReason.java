package org.takahe.dhcp.wire;

/**
 * Why a packet was dropped, at any stage. It lives in wire, the bottom layer, so that the codec,
 * the transport and the exchange all name drops with one vocabulary and each reason has one counter.
 */
public enum DropReason {
    /** Shorter than the fixed BOOTP header plus magic cookie. */
    TRUNCATED_HEADER,
    /** The four bytes after the BOOTP header are not the DHCP magic cookie. */
    BAD_MAGIC_COOKIE,
    /** hlen says more than the 16 bytes chaddr can hold. */
    BAD_HARDWARE_LENGTH,
    /** An option's length runs past the end of the packet. */
    TRUNCATED_OPTION,
    /** op is not BOOTREQUEST, or the message type is missing, unknown or one only servers send. */
    NOT_A_CLIENT_REQUEST,
    /** A REQUEST, RELEASE or DECLINE names no address (neither option 50 nor ciaddr, as its type requires). */
    NO_REQUESTED_ADDRESS,
    /** A REQUEST selects another server's offer. */
    NOT_FOR_THIS_SERVER,
    /**
     * A REQUEST that names no server (INIT-REBOOT, RENEWING, REBINDING) from a client the server has no
     * record of, in a subnet that is not authoritative: RFC 2131 §4.3.2 wants silence, so that servers
     * sharing a link do not contradict each other.
     */
    UNKNOWN_CLIENT,
    /** No configured subnet matches giaddr, ciaddr or the receiving interface. */
    NO_SUBNET,
    /** Every address of the subnet's pools is in use. */
    NO_ADDRESS_AVAILABLE,
    /** The lease store could not make the lease durable, so no ACK may be sent. */
    LEASE_STORE_FAILURE,
    /**
     * A hook library's callout dropped the packet, refused the lease of a DISCOVER, took away its subnet or
     * stopped its response (see docs/hooks.md for each point's verdicts).
     */
    HOOK_DROP,
    /** The bounded worker queue is full. */
    QUEUE_FULL,
    /** An unexpected error while processing; a bug, counted rather than crashing the engine. */
    INTERNAL_ERROR
}
