package org.takahe.dhcp.wire.v6;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.takahe.dhcp.wire.v6.Bytes6.decode;
import static org.takahe.dhcp.wire.v6.Bytes6.encode;
import static org.takahe.dhcp.wire.v6.Bytes6.hex;
import static org.takahe.dhcp.wire.v6.Bytes6.ip6;
import static org.takahe.dhcp.wire.v6.Bytes6.malformed;

import java.net.Inet6Address;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.takahe.dhcp.wire.Octets;
import org.takahe.dhcp.wire.v6.MalformedDhcp6Exception.Reason;

class RelayMessage6Test {
    private static final Dhcp6Message SOLICIT = assertInstanceOf(Dhcp6Message.class,
        decodeUnchecked(Dhcp6CodecTest.DHCLIENT_SOLICIT));
    private static final Inet6Address CLIENT = ip6("fe80::5054:ff:fe12:3456");

    private static Dhcp6Packet decodeUnchecked(byte[] bytes) {
        try {
            return decode(bytes);
        } catch (MalformedDhcp6Exception e) {
            throw new AssertionError(e);
        }
    }

    /** What a relay makes of a message it forwards: hop count one more than the message's, if it is a relay one. */
    private static RelayMessage6 forward(Dhcp6Packet inner, Inet6Address link, Inet6Address peer,
            Options6Builder options) {
        int hops = inner instanceof RelayMessage6 r ? r.hopCount() + 1 : 0;
        return new RelayMessage6(MessageType6.RELAY_FORW, hops, link, peer, options.relayMessage(inner).build());
    }

    /** Client → relay 1 (interface-id, link-layer address) → relay 2 (remote-id) → relay 3 (no link address). */
    private static RelayMessage6 threeRelays() {
        RelayMessage6 first = forward(SOLICIT, ip6("2001:db8:1::1"), CLIENT, Options6.builder()
            .interfaceId(Octets.of("eth0".getBytes(java.nio.charset.StandardCharsets.US_ASCII)))
            .add(new ClientLinkLayerAddress(1, Octets.fromHex("525400123456"))));
        RelayMessage6 second = forward(first, ip6("2001:db8:2::1"), ip6("2001:db8:1::1"), Options6.builder()
            .add(new RemoteId(3561, Octets.fromHex("0a0b0c"))));
        return forward(second, ip6("::"), ip6("2001:db8:2::1"), Options6.builder()
            .interfaceId(Octets.fromHex("0102")));
    }

    @Test
    void aTwoRelayChainDecodesLevelByLevel() throws Exception {
        RelayMessage6 first = forward(SOLICIT, ip6("2001:db8:1::1"), CLIENT, Options6.builder());
        RelayMessage6 second = forward(first, ip6("2001:db8:2::1"), ip6("2001:db8:1::1"), Options6.builder());

        RelayMessage6 outer = assertInstanceOf(RelayMessage6.class, decode(encode(second)));

        assertEquals(second, outer);
        assertEquals(1, outer.hopCount());
        RelayMessage6 inner = assertInstanceOf(RelayMessage6.class, outer.relayedMessage().orElseThrow());
        assertEquals(0, inner.hopCount());
        assertEquals(ip6("2001:db8:1::1"), inner.linkAddress());
        assertEquals(CLIENT, inner.peerAddress());
        assertEquals(SOLICIT, inner.relayedMessage().orElseThrow());
        assertEquals(Optional.of(SOLICIT), outer.innermostMessage());
    }

    @Test
    void aThreeRelayChainKeepsEachRelaysOptions() throws Exception {
        RelayMessage6 outer = assertInstanceOf(RelayMessage6.class, decode(encode(threeRelays())));

        assertEquals(2, outer.hopCount());
        assertEquals(Optional.of(Octets.fromHex("0102")), outer.options().interfaceId());
        RelayMessage6 second = (RelayMessage6) outer.relayedMessage().orElseThrow();
        assertEquals(Optional.of(new RemoteId(3561, Octets.fromHex("0a0b0c"))), second.options().remoteId());
        RelayMessage6 first = (RelayMessage6) second.relayedMessage().orElseThrow();
        ClientLinkLayerAddress linkLayer = first.options().clientLinkLayerAddress().orElseThrow();
        assertEquals(Optional.of("52:54:00:12:34:56"), linkLayer.hardwareAddress());
        assertEquals(Optional.of(SOLICIT), outer.innermostMessage());
    }

    @Test
    void theReplyChainRetracesTheRelaysAndEchoesEachInterfaceId() throws Exception {
        RelayMessage6 forward = threeRelays();
        Dhcp6Message advertise = new Dhcp6Message(MessageType6.ADVERTISE, SOLICIT.transactionId(),
            Options6.builder().clientId(SOLICIT.options().clientId().orElseThrow()).preference(255).build());

        RelayMessage6 reply = assertInstanceOf(RelayMessage6.class,
            decode(encode(forward.replyChain(advertise).orElseThrow())));

        assertEquals(MessageType6.RELAY_REPL, reply.type());
        assertEquals(2, reply.hopCount());
        assertEquals(ip6("2001:db8:2::1"), reply.peerAddress(), "sent back to the relay it came from");
        assertEquals(Optional.of(Octets.fromHex("0102")), reply.options().interfaceId());
        RelayMessage6 middle = (RelayMessage6) reply.relayedMessage().orElseThrow();
        assertEquals(MessageType6.RELAY_REPL, middle.type());
        assertTrue(middle.options().interfaceId().isEmpty());
        assertTrue(middle.options().remoteId().isEmpty(), "only the interface-id is echoed");
        RelayMessage6 last = (RelayMessage6) middle.relayedMessage().orElseThrow();
        assertEquals(CLIENT, last.peerAddress());
        assertEquals(Optional.of(Octets.fromHex("65746830")), last.options().interfaceId());
        assertEquals(List.of(OptionCode6.INTERFACE_ID, OptionCode6.RELAY_MSG),
            last.options().all().stream().map(RawOption6::code).toList());
        assertEquals(Optional.of(advertise), reply.innermostMessage());
    }

    @Test
    void thirtyTwoRelaysDecodeAndAThirtyThirdIsRefused() throws Exception {
        Dhcp6Packet packet = SOLICIT;
        for (int i = 0; i < RelayMessage6.HOP_COUNT_LIMIT; i++) {
            packet = forward(packet, ip6("::"), ip6("2001:db8::" + Integer.toHexString(i + 1)), Options6.builder());
        }
        RelayMessage6 deepest = assertInstanceOf(RelayMessage6.class, decode(encode(packet)));
        assertEquals(Optional.of(SOLICIT), deepest.innermostMessage());

        Dhcp6Packet tooDeep = forward(packet, ip6("::"), ip6("2001:db8::ffff"), Options6.builder());
        assertEquals(Reason.RELAY_TOO_DEEP, malformed(encode(tooDeep)));
    }

    @Test
    void ipv4MappedPeerAddressesStayIpv6() throws Exception {
        byte[] bytes = hex("0c00 00000000000000000000000000000000 00000000000000000000ffffc6120001"
            + "0009 0004 0b000001");
        RelayMessage6 relay = assertInstanceOf(RelayMessage6.class, decode(bytes));
        assertEquals(ip6("::ffff:198.18.0.1"), relay.peerAddress());
        assertEquals(MessageType6.INFORMATION_REQUEST, relay.innermostMessage().orElseThrow().type());
    }

    @Test
    void aBuiltRelayWithoutRelayMessageHasNoRelayedMessage() {
        RelayMessage6 empty = new RelayMessage6(MessageType6.RELAY_FORW, 0, ip6("::"), CLIENT, Options6.none());
        assertTrue(empty.relayedMessage().isEmpty());
        assertTrue(empty.innermostMessage().isEmpty());
        assertTrue(empty.replyChain(new Dhcp6Message(MessageType6.REPLY, 1, Options6.none())).isEmpty());
    }
}
