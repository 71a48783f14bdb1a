package org.takahe.dhcp.v6;

import java.util.Map;
import org.takahe.dhcp.wire.v6.MalformedDhcp6Exception;
import org.takahe.dhcp.wire.v6.MessageType6;

/**
 * A point-in-time copy of the DHCPv6 counters; every type and reason is present, zero if never seen. The methods
 * named after RFC 9243's statistics leaves (solicit-count … discarded-message-count) give what the server reports.
 *
 * @param received client messages by type, whether relayed or not, plus RELAY_FORW for each relayed one; counted
 *     once decoded, discarded afterwards or not
 * @param sent ADVERTISE and REPLY messages written to the socket
 * @param dropped discarded messages by reason (a UseMulticast answer counts here too: the message is discarded)
 * @param malformed datagrams the codec refused, by its reason (each also counts as {@link Dhcp6DropReason#MALFORMED})
 */
public record Dhcp6Statistics(Map<MessageType6, Long> received, Map<MessageType6, Long> sent,
        Map<Dhcp6DropReason, Long> dropped, Map<MalformedDhcp6Exception.Reason, Long> malformed) {

    public Dhcp6Statistics {
        received = Map.copyOf(received);
        sent = Map.copyOf(sent);
        dropped = Map.copyOf(dropped);
        malformed = Map.copyOf(malformed);
    }

    public long received(MessageType6 type) {
        return received.getOrDefault(type, 0L);
    }

    public long sent(MessageType6 type) {
        return sent.getOrDefault(type, 0L);
    }

    public long dropped(Dhcp6DropReason reason) {
        return dropped.getOrDefault(reason, 0L);
    }

    public long solicitCount() {
        return received(MessageType6.SOLICIT);
    }

    public long advertiseCount() {
        return sent(MessageType6.ADVERTISE);
    }

    public long requestCount() {
        return received(MessageType6.REQUEST);
    }

    public long confirmCount() {
        return received(MessageType6.CONFIRM);
    }

    public long renewCount() {
        return received(MessageType6.RENEW);
    }

    public long rebindCount() {
        return received(MessageType6.REBIND);
    }

    public long replyCount() {
        return sent(MessageType6.REPLY);
    }

    public long releaseCount() {
        return received(MessageType6.RELEASE);
    }

    public long declineCount() {
        return received(MessageType6.DECLINE);
    }

    /** The engine never sends RECONFIGURE; kept so every RFC 9243 counter has its method. */
    public long reconfigureCount() {
        return sent(MessageType6.RECONFIGURE);
    }

    public long informationRequestCount() {
        return received(MessageType6.INFORMATION_REQUEST);
    }

    /** Every message discarded, for whatever reason, malformed datagrams included. */
    public long discardedMessageCount() {
        return dropped.values().stream().mapToLong(Long::longValue).sum();
    }
}
