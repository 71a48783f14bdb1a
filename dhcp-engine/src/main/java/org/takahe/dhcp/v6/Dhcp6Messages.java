package org.takahe.dhcp.v6;

import org.slf4j.event.Level;
import org.takahe.common.log.LogFormat;
import org.takahe.common.log.LogMessage;

/**
 * Every log message of the DHCPv6 engine, each with a stable ID (never renamed or reused) that
 * docs/log-messages.md explains. Per-packet messages are DEBUG so a flood cannot flood the log.
 */
public enum Dhcp6Messages implements LogMessage {
    DHCP6_PACKET_RECEIVED(Level.DEBUG, "{} xid 0x{} from {} on {}"),
    DHCP6_PACKET_DROP_PARSE(Level.DEBUG, "datagram from {} on {} dropped: {} ({})"),
    DHCP6_PACKET_DROP_INVALID(Level.DEBUG, "message xid 0x{} from {} dropped: {} ({})"),
    DHCP6_PACKET_DROP_NOT_FOR_US(Level.DEBUG, "message xid 0x{} from {} dropped: {} ({})"),
    DHCP6_PACKET_DROP_NO_RANGE(Level.DEBUG, "message xid 0x{} from {} dropped: {} ({})"),
    DHCP6_PACKET_DROP_UNANSWERED(Level.DEBUG, "message xid 0x{} from {} dropped: {} ({})"),
    DHCP6_USE_MULTICAST(Level.DEBUG, "message xid 0x{} from {} discarded and answered UseMulticast: {} ({})"),
    DHCP6_LEASE_STORE_FAILED(Level.ERROR, "message xid 0x{} from {} dropped: {} ({})"),
    DHCP6_PROCESS_FAILED(Level.ERROR, "message xid 0x{} from {} dropped: {} ({})"),
    DHCP6_QUEUE_FULL(Level.WARN, "message from {} on {} dropped: worker queue full"),
    DHCP6_RANGE_SELECTED(Level.DEBUG, "xid 0x{}: range {} selected by {}"),
    DHCP6_LEASE_ADVERTISE(Level.DEBUG, "advertising {} to {} in range {}"),
    DHCP6_OFFER_WITHDRAWN(Level.DEBUG, "{} chose another server; what was advertised to it is free again"),
    DHCP6_LEASE_ALLOC(Level.INFO, "leased {} to {} ({}) in range {} until {}"),
    DHCP6_LEASE_EXTEND(Level.DEBUG, "extended {} of {} ({}) in range {} until {}"),
    DHCP6_LEASE_RELEASE(Level.INFO, "{} released {}"),
    DHCP6_DECLINE(Level.WARN, "{} declined {} (duplicate address); held back until {}"),
    DHCP6_POOL_EXHAUSTED(Level.WARN, "range {}: no free {} left for {}"),
    DHCP6_REPLY_SENT(Level.DEBUG, "{} xid 0x{} to {}"),
    DHCP6_REPLY_SEND_FAILED(Level.WARN, "could not send reply xid 0x{} to {}: {}"),
    DHCP6_SOCKET_ERROR(Level.WARN, "socket error on {} (the socket stays open): {}"),
    DHCP6_LISTENING(Level.INFO, "serving DHCPv6 on {} port {} ({})"),
    DHCP6_BIND_FAILED(Level.ERROR, "cannot serve DHCPv6 on {} port {}: {}"),
    DHCP6_NO_DEVICE_BINDING(Level.WARN, "interface {}: the NIO transport cannot bind a socket to a device; only "
        + "multicast is served there, and unicast only on the configured unicast addresses"),
    DHCP6_CHANNEL_CLOSED(Level.INFO, "stopped serving DHCPv6 on {}"),
    DHCP6_CONFIG_APPLIED(Level.INFO, "DHCPv6 configuration applied: {} ranges on interfaces {}, unicast "
        + "addresses {}, server DUID {}"),
    DHCP6_SERVER_DUID_LOADED(Level.INFO, "server DUID {} read from {}"),
    DHCP6_SERVER_DUID_CREATED(Level.INFO, "server DUID {} generated and saved in {}"),
    DHCP6_SERVER_DUID_NOT_SAVED(Level.ERROR, "server DUID {} generated but not saved in {} ({}); the next start "
        + "generates another"),
    DHCP6_SERVER_DUID_INVALID(Level.WARN, "{} holds no valid DUID ({}); a new one is generated"),
    DHCP6_LEASE_DELETED(Level.INFO, "DHCPv6 lease on {} deleted by the operator"),
    DHCP6_LISTENER_FAILED(Level.WARN, "the DHCPv6 event listener failed on {}: {}");

    private final LogFormat format;

    Dhcp6Messages(Level level, String template) {
        this.format = new LogFormat(level, template);
    }

    @Override
    public LogFormat format() {
        return format;
    }

    /** The message that reports a drop for this reason; the switch makes every new reason pick one. */
    public static Dhcp6Messages forDrop(Dhcp6DropReason reason) {
        return switch (reason) {
            case MALFORMED, NOT_A_CLIENT_MESSAGE, MISSING_CLIENT_ID, UNEXPECTED_SERVER_ID, MISSING_SERVER_ID,
                INFORMATION_REQUEST_WITH_IA, UNICAST_FORBIDDEN -> DHCP6_PACKET_DROP_INVALID;
            case NOT_FOR_THIS_SERVER -> DHCP6_PACKET_DROP_NOT_FOR_US;
            case UNICAST_NOT_INVITED -> DHCP6_USE_MULTICAST;
            case NO_RANGE -> DHCP6_PACKET_DROP_NO_RANGE;
            case NOTHING_TO_CONFIRM, NOT_SERVING -> DHCP6_PACKET_DROP_UNANSWERED;
            case LEASE_STORE_FAILURE -> DHCP6_LEASE_STORE_FAILED;
            case QUEUE_FULL -> DHCP6_QUEUE_FULL;
            case INTERNAL_ERROR -> DHCP6_PROCESS_FAILED;
        };
    }
}
