package org.takahe.dhcp.v6.exchange;

import java.net.InetSocketAddress;
import java.util.List;
import java.util.Optional;
import org.takahe.dhcp.wire.v6.Dhcp6Message;
import org.takahe.dhcp.wire.v6.Duid;
import org.takahe.dhcp.wire.v6.MessageType6;
import org.takahe.dhcp.wire.v6.RelayMessage6;

/**
 * The client's message as handlers see it, unwrapped from its relays.
 *
 * @param relays the RELAY-FORW messages it came in, outermost (the one the server received) first; empty for a
 *     client on a link the server serves directly
 * @param source who sent the datagram: the client, or the relay agent closest to the server
 * @param serverDuid this server's DUID under the configuration the exchange runs with
 */
public record Request6(Dhcp6Message message, List<RelayMessage6> relays, InetSocketAddress source, Arrival arrival,
        Duid serverDuid) {

    public Request6 {
        relays = List.copyOf(relays);
    }

    public MessageType6 type() {
        return message.type();
    }

    public Optional<Duid> clientId() {
        return message.options().clientId();
    }

    /** The client's DUID as lower-case hex, "" when it sent none (an INFORMATION-REQUEST may not). */
    public String duid() {
        return clientId().map(Duid::toHex).orElse("");
    }

    public boolean isRelayed() {
        return !relays.isEmpty();
    }

    /** The relay next to the client, whose link the client is on. */
    public Optional<RelayMessage6> firstRelay() {
        return relays.isEmpty() ? Optional.empty() : Optional.of(relays.getLast());
    }

    /**
     * The client's Ethernet address for lease records and logs: what the first relay saw (RFC 6939), else what a
     * DUID-LLT or DUID-LL holds. A hint only: a DUID may name another interface of the client.
     */
    public Optional<String> hardwareAddress() {
        return firstRelay().flatMap(r -> r.options().clientLinkLayerAddress())
            .flatMap(a -> a.hardwareAddress())
            .or(() -> clientId().flatMap(Duid::hardwareAddress));
    }

    /** The transaction id in hex, as logs show it. */
    public String xid() {
        return Integer.toHexString(message.transactionId());
    }
}
