package org.takahe.dhcp.v6.exchange;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.takahe.dhcp.v6.Dhcp6DropReason;
import org.takahe.dhcp.wire.v6.Dhcp6Message;
import org.takahe.dhcp.wire.v6.Dhcp6Packet;
import org.takahe.dhcp.wire.v6.MessageType6;
import org.takahe.dhcp.wire.v6.RelayMessage6;

/**
 * Takes a received packet apart into the client's message and the RELAY-FORW messages around it (RFC 8415 §19.2);
 * {@link Reply6.Builder#build()} wraps the reply back through the same relays. The codec has already refused
 * chains nested deeper than {@link RelayMessage6#HOP_COUNT_LIMIT}.
 */
public final class RelayPath {
    private RelayPath() {
    }

    /** The client's message and its relays, or why the packet is no message for a server. */
    public sealed interface Unwrapped {
    }

    /** @param relays outermost first */
    public record Message(Dhcp6Message message, List<RelayMessage6> relays) implements Unwrapped {
    }

    public record Refused(Dhcp6DropReason reason, String detail) implements Unwrapped {
    }

    public static Unwrapped unwrap(Dhcp6Packet packet) {
        List<RelayMessage6> relays = new ArrayList<>();
        Dhcp6Packet current = packet;
        while (current instanceof RelayMessage6 relay) {
            if (relay.type() != MessageType6.RELAY_FORW) {
                return new Refused(Dhcp6DropReason.NOT_A_CLIENT_MESSAGE, relay.type() + " is sent by servers"
                    + (relays.isEmpty() ? "" : ", not relayed to them"));
            }
            relays.add(relay);
            Optional<Dhcp6Packet> relayed = relay.relayedMessage();
            if (relayed.isEmpty()) {
                return new Refused(Dhcp6DropReason.MALFORMED, "RELAY-FORW at hop count " + relay.hopCount()
                    + " relays no message");
            }
            current = relayed.get();
        }
        return new Message((Dhcp6Message) current, relays);
    }
}
