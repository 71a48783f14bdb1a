package org.takahe.dhcp;

import org.slf4j.event.Level;
import org.takahe.common.log.LogFormat;
import org.takahe.common.log.LogMessage;
import org.takahe.dhcp.wire.DropReason;

/**
 * Every log message of the DHCP engine, each with a stable ID (never renamed or reused) that
 * docs/log-messages.md explains. Per-packet messages are DEBUG so a flood cannot flood the log.
 */
public enum DhcpMessages implements LogMessage {
    DHCP4_PACKET_RECEIVED(Level.DEBUG, "{} xid 0x{} from {} on {}"),
    DHCP4_PACKET_DROP_PARSE(Level.DEBUG, "packet from {} on {} dropped: {} ({})"),
    DHCP4_PACKET_DROP_NOT_REQUEST(Level.DEBUG, "packet xid 0x{} from {} dropped: {} ({})"),
    DHCP4_PACKET_DROP_NOT_FOR_US(Level.DEBUG, "packet xid 0x{} from {} dropped: {} ({})"),
    DHCP4_PACKET_DROP_NO_SUBNET(Level.DEBUG, "packet xid 0x{} from {} dropped: {} ({})"),
    DHCP4_PACKET_DROP_UNKNOWN_CLIENT(Level.DEBUG, "packet xid 0x{} from {} dropped: {} ({})"),
    DHCP4_RESERVATION_FOUND(Level.DEBUG, "xid 0x{}: {} matches host reservation {} ({}) in subnet {}"),
    DHCP4_RESERVATION_CONFLICT(Level.INFO, "reserved address {} of {} in subnet {} is still leased to another "
        + "client; a pool address is used until that lease ends"),
    DHCP4_OFFER_WITHDRAWN(Level.DEBUG, "{} chose another server; the address offered to it is free again"),
    DHCP4_SUBNET_SELECTED(Level.DEBUG, "xid 0x{}: subnet {} selected by {}"),
    DHCP4_CLASSES_ASSIGNED(Level.DEBUG, "xid 0x{}: {} is in classes {}"),
    DHCP4_SUBNET_CLASS_MISMATCH(Level.DEBUG, "xid 0x{}: subnet {} serves only class {}; the client is in {}"),
    DHCP4_SHARED_NETWORK_NEXT(Level.DEBUG, "xid 0x{}: subnet {} has no free address; trying subnet {} of shared "
        + "network {}"),
    DHCP4_UNICAST_FALLBACK(Level.WARN, "cannot unicast replies to clients without an address ({}); broadcasting "
        + "them instead (logged once; counted as unicast fallbacks)"),
    DHCP4_PACKET_DROP_NO_ADDRESS(Level.WARN, "packet xid 0x{} from {} dropped: {} ({})"),
    DHCP4_LEASE_STORE_FAILED(Level.ERROR, "packet xid 0x{} from {} dropped: {} ({})"),
    DHCP4_PROCESS_FAILED(Level.ERROR, "packet xid 0x{} from {} dropped: {} ({})"),
    DHCP4_QUEUE_FULL(Level.WARN, "packet from {} on {} dropped: worker queue full"),
    DHCP4_LEASE_OFFER(Level.DEBUG, "offering {} to {} in subnet {}"),
    DHCP4_LEASE_ALLOC(Level.INFO, "leased {} to {} in subnet {} until {}"),
    DHCP4_ACK_SENT(Level.DEBUG, "DHCPACK xid 0x{} to {} for {}"),
    DHCP4_NAK_SENT(Level.INFO, "DHCPNAK xid 0x{} to {}: {}"),
    DHCP4_LEASE_RELEASE(Level.INFO, "{} released {}"),
    DHCP4_DECLINE(Level.WARN, "{} declined {} (address conflict); held back until {}"),
    DHCP4_REPLY_SEND_FAILED(Level.WARN, "could not send reply xid 0x{} to {} on {}: {}"),
    DHCP4_SOCKET_ERROR(Level.WARN, "socket error on {} (the socket stays open): {}"),
    DHCP4_TRANSPORT(Level.INFO, "UDP transport: {}"),
    DHCP4_LISTENING(Level.INFO, "serving DHCPv4 on interface {} port {}"),
    DHCP4_BIND_FAILED(Level.ERROR, "cannot serve DHCPv4 on interface {} port {}: {}"),
    DHCP4_NO_DEVICE_BINDING(Level.WARN, "interface {}: the NIO transport cannot bind a socket to a device; "
        + "replies may leave on another interface"),
    DHCP4_CHANNEL_CLOSED(Level.INFO, "stopped serving DHCPv4 on interface {}"),
    DHCP4_CONFIG_APPLIED(Level.INFO, "configuration applied: {} subnets on interfaces {}"),
    DHCP4_CONFIG_REJECTED(Level.WARN, "configuration rejected: {}"),
    DHCP4_LEASE_DELETED(Level.INFO, "lease on {} deleted by the operator"),
    DHCP4_OPTIONS_LEFT_OUT(Level.WARN, "reply xid 0x{}: {} options did not fit in {} bytes and were left out "
        + "(codes {})"),
    DHCP4_PACKET_DROP_HOOK(Level.DEBUG, "packet xid 0x{} from {} dropped: {} ({})"),
    DHCP4_HOOK_VERDICT(Level.DEBUG, "{}: {}"),
    DHCP4_HOOK_CALLOUT_FAILED(Level.ERROR, "hook library {} failed at {} for {}: {}; {}"),
    DHCP4_HOOK_CALLOUT_TIMEOUT(Level.WARN, "hook library {} gave no answer at {} for {} within {} ms; {}"),
    DHCP4_HOOK_CALLOUTS(Level.INFO, "hook callouts in service: {}");

    private final LogFormat format;

    DhcpMessages(Level level, String template) {
        this.format = new LogFormat(level, template);
    }

    @Override
    public LogFormat format() {
        return format;
    }

    /** The message that reports a drop for this reason; the switch makes every new reason pick one. */
    public static DhcpMessages forDrop(DropReason reason) {
        return switch (reason) {
            case TRUNCATED_HEADER, BAD_MAGIC_COOKIE, BAD_HARDWARE_LENGTH, TRUNCATED_OPTION -> DHCP4_PACKET_DROP_PARSE;
            case NOT_A_CLIENT_REQUEST, NO_REQUESTED_ADDRESS -> DHCP4_PACKET_DROP_NOT_REQUEST;
            case NOT_FOR_THIS_SERVER -> DHCP4_PACKET_DROP_NOT_FOR_US;
            case NO_SUBNET -> DHCP4_PACKET_DROP_NO_SUBNET;
            case UNKNOWN_CLIENT -> DHCP4_PACKET_DROP_UNKNOWN_CLIENT;
            case NO_ADDRESS_AVAILABLE -> DHCP4_PACKET_DROP_NO_ADDRESS;
            case LEASE_STORE_FAILURE -> DHCP4_LEASE_STORE_FAILED;
            case HOOK_DROP -> DHCP4_PACKET_DROP_HOOK;
            case QUEUE_FULL -> DHCP4_QUEUE_FULL;
            case INTERNAL_ERROR -> DHCP4_PROCESS_FAILED;
        };
    }
}
