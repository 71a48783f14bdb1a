package org.takahe.dhcp.wire.v6;

import java.net.Inet6Address;
import java.util.Optional;

/**
 * A relay agent message (RFC 8415 §9): relay-forward on the way to the server, relay-reply on the way back.
 * The message it carries is the data of its Relay Message option.
 *
 * @param hopCount how many relays the message passed before this one, 0..255
 * @param linkAddress an address on the client's link (:: when the relay leaves it to the interface-id)
 * @param peerAddress where the relay got the message from: the client, or the previous relay
 */
public record RelayMessage6(MessageType6 type, int hopCount, Inet6Address linkAddress, Inet6Address peerAddress,
        Options6 options) implements Dhcp6Packet {

    /** msg-type, hop-count, link-address, peer-address. */
    public static final int HEADER_LENGTH = 34;
    /** RFC 8415 §7.6: the most relays a message may pass; the codec refuses deeper nesting. */
    public static final int HOP_COUNT_LIMIT = 32;

    /** @throws IllegalArgumentException for a client/server type or a hop count over 255 */
    public RelayMessage6 {
        if (!type.isRelay()) {
            throw new IllegalArgumentException(type + " is not a relay message; use Dhcp6Message");
        }
        if (hopCount < 0 || hopCount > 255) {
            throw new IllegalArgumentException("hop count " + hopCount + " does not fit a byte");
        }
    }

    /**
     * The message in the (first) Relay Message option, decoded; empty if there is none or it does not decode,
     * which never happens for a relay message that came out of {@link Dhcp6Codec#decode}. That decode checked the
     * whole chain, so only this level is decoded again here.
     */
    public Optional<Dhcp6Packet> relayedMessage() {
        return options.relayMessage().flatMap(data -> {
            try {
                return Optional.of(Dhcp6Codec.decodeOneLevel(Wire6.buffer(data)));
            } catch (MalformedDhcp6Exception e) {
                return Optional.empty();
            }
        });
    }

    /** The client's (or server's) message at the bottom of the relay chain. */
    public Optional<Dhcp6Message> innermostMessage() {
        Optional<Dhcp6Packet> inner = relayedMessage();
        for (int level = 0; level < HOP_COUNT_LIMIT && inner.orElse(null) instanceof RelayMessage6 relay; level++) {
            inner = relay.relayedMessage();
        }
        return inner.filter(Dhcp6Message.class::isInstance).map(Dhcp6Message.class::cast);
    }

    /**
     * The relay-reply that answers this relay-forward with {@code relayed}: same hop count, link and peer
     * address, the Interface-Id option copied (RFC 8415 §21.18 requires it), then the Relay Message option.
     */
    public RelayMessage6 reply(Dhcp6Packet relayed) {
        Options6Builder replyOptions = Options6.builder();
        options.first(OptionCode6.INTERFACE_ID).ifPresent(replyOptions::add);
        replyOptions.relayMessage(relayed);
        return new RelayMessage6(MessageType6.RELAY_REPL, hopCount, linkAddress, peerAddress, replyOptions.build());
    }

    /**
     * The server's reply wrapped in a relay-reply for every relay-forward this one holds, innermost first, so it
     * goes back through the same relays (RFC 8415 §19.3). Empty if this chain does not decode.
     */
    public Optional<RelayMessage6> replyChain(Dhcp6Message reply) {
        return relayedMessage().flatMap(inner -> switch (inner) {
            case Dhcp6Message m -> Optional.of(reply(reply));
            case RelayMessage6 r -> r.replyChain(reply).map(this::reply);
        });
    }
}
