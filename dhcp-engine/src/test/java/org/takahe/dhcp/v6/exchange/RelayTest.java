package org.takahe.dhcp.v6.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.takahe.dhcp.v6.TestClient6.iaNa;
import static org.takahe.dhcp.v6.V6Configs.ip;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.takahe.dhcp.config.v6.AddressPool6;
import org.takahe.dhcp.config.v6.Ipv6Prefix;
import org.takahe.dhcp.config.v6.Range6;
import org.takahe.dhcp.v6.Dhcp6DropReason;
import org.takahe.dhcp.v6.TestClient6;
import org.takahe.dhcp.v6.V6Configs;
import org.takahe.dhcp.v6.V6Exchanges;
import org.takahe.dhcp.wire.Octets;
import org.takahe.dhcp.wire.v6.ClientLinkLayerAddress;
import org.takahe.dhcp.wire.v6.Dhcp6Message;
import org.takahe.dhcp.wire.v6.Dhcp6Packet;
import org.takahe.dhcp.wire.v6.MessageType6;
import org.takahe.dhcp.wire.v6.Options6;
import org.takahe.dhcp.wire.v6.RawOption6;
import org.takahe.dhcp.wire.v6.RelayMessage6;
import org.takahe.lease.Lease6;

/** RFC 8415 §19: RELAY-FORW in, RELAY-REPL out through every level, the range chosen by the relay's link. */
class RelayTest {
    private static final String PEER = "fe80::200:ff:fe00:3a3a";
    private static final InetSocketAddress RELAY = new InetSocketAddress(ip("fe80::99"), 547);

    private final TestClient6 client = TestClient6.number(1);
    private final V6Exchanges exchanges = new V6Exchanges(V6Configs.config(V6Configs.lan(), link("north", 3),
        link("south", 4)));

    private static Range6 link(String id, int number) {
        return V6Configs.range(id, "2001:db8:" + number + "::/64",
            new AddressPool6(id + "-pool", Ipv6Prefix.parse("2001:db8:" + number + "::/64"),
                ip("2001:db8:" + number + "::100"), ip("2001:db8:" + number + "::1ff"), 0, List.of(),
                V6Configs.TIMERS, false, List.of()),
            V6Configs.prefixPool(id + "-pd", "2001:db8:2" + number + "0::/44", 56));
    }

    private static RelayMessage6 forward(Dhcp6Packet inner, String link, String peer, int hops, String interfaceId) {
        return new RelayMessage6(MessageType6.RELAY_FORW, hops, ip(link), ip(peer), Options6.builder()
            .interfaceId(Octets.of(interfaceId.getBytes(StandardCharsets.US_ASCII)))
            .relayMessage(inner).build());
    }

    private RelayMessage6 relayReply(RelayMessage6 forward) {
        Dhcp6Packet onWire = V6Exchanges.onWire((ExchangeOutcome6.Replied) exchanges.process(forward,
            V6Exchanges.LAN, RELAY));
        return assertInstanceOf(RelayMessage6.class, onWire);
    }

    @Test
    void relayForwardIsAnsweredByRelayReplyEchoingHopCountAddressesAndInterfaceId() {
        RelayMessage6 forward = forward(client.message(MessageType6.SOLICIT, iaNa(1)), "2001:db8:3::1", PEER, 5,
            "port-7");

        RelayMessage6 reply = relayReply(forward);

        assertEquals(MessageType6.RELAY_REPL, reply.type());
        assertEquals(5, reply.hopCount());
        assertEquals(forward.linkAddress(), reply.linkAddress());
        assertEquals(forward.peerAddress(), reply.peerAddress());
        assertEquals(Optional.of(Octets.of("port-7".getBytes(StandardCharsets.US_ASCII))),
            reply.options().interfaceId());
        assertEquals(List.of(18, 9), reply.options().all().stream().map(RawOption6::code).toList());
        Dhcp6Message advertise = reply.innermostMessage().orElseThrow();
        assertEquals(MessageType6.ADVERTISE, advertise.type());
        assertTrue(Ipv6Prefix.parse("2001:db8:3::/64").contains(TestClient6.address(
            advertise.options().iaNa().getFirst())), "the relay's link-address chose the range");
    }

    @Test
    void chainOfTwoRelaysIsUnwrappedTheInnermostLinkAddressChoosesAndEachLevelIsAnswered() {
        RelayMessage6 inner = forward(client.message(MessageType6.SOLICIT, iaNa(1)), "2001:db8:4::1", PEER, 0,
            "access-3");
        RelayMessage6 outer = forward(inner, "::", "2001:db8:2::33", 1, "aggregation-1");

        RelayMessage6 reply = relayReply(outer);

        assertEquals(1, reply.hopCount());
        assertEquals(ip("2001:db8:2::33"), reply.peerAddress());
        RelayMessage6 innerReply = assertInstanceOf(RelayMessage6.class, reply.relayedMessage().orElseThrow());
        assertEquals(MessageType6.RELAY_REPL, innerReply.type());
        assertEquals(ip("2001:db8:4::1"), innerReply.linkAddress());
        assertEquals(ip(PEER), innerReply.peerAddress());
        assertEquals("access-3", new String(innerReply.options().interfaceId().orElseThrow().toByteArray(),
            StandardCharsets.US_ASCII));
        Dhcp6Message advertise = assertInstanceOf(Dhcp6Message.class, innerReply.relayedMessage().orElseThrow());
        assertTrue(Ipv6Prefix.parse("2001:db8:4::/64").contains(TestClient6.address(
            advertise.options().iaNa().getFirst())));
    }

    @Test
    void relayedMessageFromALinkNoRangeCoversIsDiscarded() {
        exchanges.assertDropped(forward(client.message(MessageType6.SOLICIT, iaNa(1)), "2001:db8:99::1", PEER, 0,
            "x"), Dhcp6DropReason.NO_RANGE);
    }

    @Test
    void relayReplyFromAnotherServerIsDiscarded() {
        RelayMessage6 reply = new RelayMessage6(MessageType6.RELAY_REPL, 0, ip("2001:db8:3::1"), ip(PEER),
            Options6.builder().relayMessage(client.message(MessageType6.SOLICIT)).build());

        exchanges.assertDropped(reply, Dhcp6DropReason.NOT_A_CLIENT_MESSAGE);
    }

    @Test
    void relayedMessagesAreCountedByTheirOwnTypeAndAsRelayForward() {
        exchanges.process(forward(client.message(MessageType6.SOLICIT, iaNa(1)), "2001:db8:3::1", PEER, 0, "p"));

        assertEquals(1, exchanges.counters.snapshot().solicitCount());
        assertEquals(1, exchanges.counters.snapshot().received(MessageType6.RELAY_FORW));
    }

    @Test
    void theFirstRelaysClientLinkLayerAddressIsRecordedWithTheLease() {
        RelayMessage6 forward = new RelayMessage6(MessageType6.RELAY_FORW, 0, ip("2001:db8:3::1"), ip(PEER),
            Options6.builder().add(new ClientLinkLayerAddress(1,
                Octets.of(new byte[] {0x52, 0x54, 0, 0x12, 0x34, 0x56})))
                .relayMessage(client.to(V6Exchanges.SERVER, MessageType6.REQUEST, iaNa(1))).build());

        exchanges.process(forward);

        assertEquals(Optional.of("52:54:00:12:34:56"), exchanges.store.all(Lease6.class)
            .getFirst().hardwareAddress());
    }

    @Test
    void aRelayedClientUnicastingToTheServersUnicastAddressIsServedFromItsOwnLink() {
        // The server unicast option reaches relayed clients too; the address it names is on lan0, another link.
        Arrival unicastOnLan = new Arrival(V6Exchanges.LAN.interfaceName(), V6Exchanges.LAN.interfaceAddresses(),
            Arrival.Delivery.UNICAST);
        Dhcp6Message advertise = relayReply(forward(client.message(MessageType6.SOLICIT, iaNa(1)), "2001:db8:3::1",
            PEER, 0, "p")).innermostMessage().orElseThrow();
        String offered = TestClient6.address(advertise.options().iaNa().getFirst()).getHostAddress();
        InetSocketAddress fromItsAddress = new InetSocketAddress(ip(offered), 546);

        Dhcp6Message reply = V6Exchanges.replied(exchanges.process(client.to(V6Exchanges.SERVER,
            MessageType6.REQUEST, iaNa(1, offered)), unicastOnLan, fromItsAddress)).message();
        Dhcp6Message renewed = V6Exchanges.replied(exchanges.process(client.to(V6Exchanges.SERVER,
            MessageType6.RENEW, iaNa(1, offered)), unicastOnLan, fromItsAddress)).message();

        assertEquals(ip(offered), TestClient6.address(reply.options().iaNa().getFirst()), "not NotOnLink");
        assertEquals(ip(offered), TestClient6.address(renewed.options().iaNa().getFirst()));
        assertTrue(renewed.options().iaNa().getFirst().addresses().getFirst().valid() > 0,
            "renewed, not withdrawn as off the link");
        assertEquals(List.of(ip(offered)), exchanges.store.all(Lease6.class).stream().map(Lease6::address).toList());
    }
}
