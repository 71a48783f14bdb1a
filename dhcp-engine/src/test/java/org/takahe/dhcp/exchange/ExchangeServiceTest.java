package org.takahe.dhcp.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.takahe.dhcp.testing.TestConfigs.ip;
import static org.takahe.dhcp.testing.TestPackets.MAC_A;
import static org.takahe.dhcp.testing.TestPackets.MAC_B;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.takahe.dhcp.alloc.AllocationEngine;
import org.takahe.dhcp.config.DhcpConfig;
import org.takahe.dhcp.io.ReplyAddressing;
import org.takahe.dhcp.stats.Dhcp4Counters;
import org.takahe.dhcp.testing.FakeLeaseStore;
import org.takahe.dhcp.testing.MutableClock;
import org.takahe.dhcp.testing.TestConfigs;
import org.takahe.dhcp.testing.TestPackets;
import org.takahe.dhcp.wire.Dhcp4Message;
import org.takahe.dhcp.wire.Dhcp4Options;
import org.takahe.dhcp.wire.DropReason;
import org.takahe.dhcp.wire.Ipv4Bytes;
import org.takahe.dhcp.wire.MessageType;
import org.takahe.dhcp.wire.Octets;
import org.takahe.dhcp.wire.RelayAgentInformation;
import org.takahe.dhcp.wire.StandardOptions;

class ExchangeServiceTest {
    private static final ReceivingInterface LAN_IF = new ReceivingInterface("lan0", List.of(ip("198.18.0.1")));
    private static final InetSocketAddress CLIENT = new InetSocketAddress("0.0.0.0", 68);

    private final FakeLeaseStore store = new FakeLeaseStore();
    private final Dhcp4Counters counters = new Dhcp4Counters();
    private final ExchangeService service = new ExchangeService(new ChainFactory(
        new AllocationEngine(store, new MutableClock(Instant.parse("2025-01-01T00:00:00Z")), Duration.ofSeconds(30))), counters);

    ExchangeServiceTest() {
        service.install(TestConfigs.twoSubnets("lan0"));
    }

    private ExchangeOutcome process(Dhcp4Message message) {
        return service.process(new InboundDatagram(message, CLIENT, LAN_IF));
    }

    private Reply4 reply(Dhcp4Message message) {
        return assertInstanceOf(ExchangeOutcome.Replied.class, process(message)).reply();
    }

    private Dhcp4Message ack(String mac, int xid) {
        Reply4 offer = reply(TestPackets.discover(mac, xid));
        Reply4 ack = reply(TestPackets.select(mac, xid + 1, offer.message().yiaddr(), ip("198.18.0.1")));
        assertEquals(MessageType.ACK, ack.type());
        return ack.message();
    }

    @Test
    void discoverIsOfferedAnAddressWithAllSubnetOptions() {
        Reply4 offer = reply(TestPackets.discover(MAC_A, 0x1234));

        Dhcp4Message m = offer.message();
        Dhcp4Options o = m.options();
        assertEquals(MessageType.OFFER, offer.type());
        assertEquals(Optional.of(MessageType.OFFER), m.messageType());
        assertEquals(Dhcp4Message.BOOTREPLY, m.op());
        assertEquals(0x1234, m.xid());
        assertEquals(Octets.fromHex(MAC_A), m.hardwareAddress());
        assertTrue(TestConfigs.twoSubnets().subnets().getFirst().prefix().contains(m.yiaddr()));
        assertEquals(Optional.of(ip("255.255.255.0")), o.subnetMask());
        assertEquals(List.of(ip("198.18.0.1")), o.routers());
        assertEquals(List.of(ip("198.18.255.53")), o.domainNameServers());
        assertEquals(Optional.of("example.test"), o.domainName());
        assertEquals(Optional.of(Duration.ofHours(1)), o.leaseTime());
        assertEquals(Optional.of(Duration.ofMinutes(30)), o.renewalTime());
        assertEquals(Optional.of(Duration.ofMinutes(52).plusSeconds(30)), o.rebindingTime());
        assertEquals(Optional.of(ip("198.18.0.1")), o.serverIdentifier());
        assertEquals(53, o.all().getFirst().code());
        assertEquals(List.of(), store.events());
    }

    @Test
    void requestAfterOfferIsAckedOnlyOnceTheLeaseIsStored() {
        Dhcp4Message ack = ack(MAC_A, 1);

        assertEquals(List.of("commit " + ack.yiaddr().getHostAddress()), store.events());
        assertEquals(MAC_A, store.findByAddress(ack.yiaddr()).orElseThrow().hardwareAddress());
        assertEquals(Optional.of(Duration.ofHours(1)), ack.options().leaseTime());
        assertEquals(1, counters.snapshot().received(MessageType.REQUEST));
    }

    @Test
    void requestForAddressLeasedToAnotherClientIsNaked() {
        Dhcp4Message ackA = ack(MAC_A, 1);
        ack(MAC_B, 3); // a client the server has a record of: one it does not know is not answered (RFC 2131)

        Reply4 nak = reply(TestPackets.initReboot(MAC_B, 7, ackA.yiaddr()));

        assertEquals(MessageType.NAK, nak.type());
        assertEquals(Ipv4Bytes.ANY, nak.message().yiaddr());
        assertTrue(nak.message().options().value(StandardOptions.MESSAGE).isPresent());
        assertEquals(Optional.of(ip("198.18.0.1")), nak.message().options().serverIdentifier());
        assertEquals(MAC_A, store.findByAddress(ackA.yiaddr()).orElseThrow().hardwareAddress());
    }

    @Test
    void requestForAddressOutsideTheClientsSubnetIsNaked() {
        ack(MAC_A, 1);

        assertEquals(MessageType.NAK, reply(TestPackets.initReboot(MAC_A, 7, ip("198.18.1.10"))).type());
    }

    @Test
    void requestNamingAnotherServerIsIgnored() {
        Reply4 offer = reply(TestPackets.discover(MAC_A, 1));

        ExchangeOutcome outcome = process(TestPackets.select(MAC_A, 2, offer.message().yiaddr(), ip("198.18.0.2")));

        assertEquals(DropReason.NOT_FOR_THIS_SERVER, assertInstanceOf(ExchangeOutcome.Dropped.class, outcome).reason());
        assertEquals(List.of(), store.events());
        assertEquals(1, counters.snapshot().dropped(DropReason.NOT_FOR_THIS_SERVER));
    }

    @Test
    void renewingClientIsAckedWithItsCiaddr() {
        Dhcp4Message first = ack(MAC_A, 1);

        Reply4 renewed = reply(TestPackets.renew(MAC_A, 9, first.yiaddr()));

        assertEquals(MessageType.ACK, renewed.type());
        assertEquals(first.yiaddr(), renewed.message().yiaddr());
        assertEquals(first.yiaddr(), renewed.message().ciaddr());
    }

    @Test
    void releaseFreesTheAddressAndIsNotAnswered() {
        Dhcp4Message ackA = ack(MAC_A, 1);

        ExchangeOutcome outcome = process(TestPackets.release(MAC_A, 3, ackA.yiaddr(), ip("198.18.0.1")));

        assertInstanceOf(ExchangeOutcome.NoReply.class, outcome);
        assertEquals(Optional.empty(), store.findByAddress(ackA.yiaddr()));
        assertEquals(MessageType.ACK, reply(TestPackets.select(MAC_B, 4, ackA.yiaddr(), ip("198.18.0.1"))).type());
    }

    @Test
    void relayedDiscoverIsServedFromTheRelaysSubnetAndAnsweredToTheRelay() {
        Dhcp4Message relayed = TestPackets.request(MAC_A, 5, Ipv4Bytes.ANY, ip("198.18.1.1"),
            TestPackets.options(MessageType.DISCOVER)
                .raw(StandardOptions.RELAY_AGENT_INFORMATION.code(), Octets.fromHex("0104706f7274")).build());

        Reply4 offer = reply(relayed);

        assertTrue(TestConfigs.twoSubnets().subnets().get(1).prefix().contains(offer.message().yiaddr()));
        assertEquals(ip("198.18.1.1"), offer.message().giaddr());
        assertEquals(List.of(ip("198.18.1.1")), offer.message().options().routers());
        assertEquals(Optional.of(Octets.fromHex("0104706f7274")),
            offer.message().options().relayAgentInformation().map(RelayAgentInformation::data));
        assertEquals(StandardOptions.RELAY_AGENT_INFORMATION.code(), offer.message().options().all().getLast().code());
        assertEquals(new InetSocketAddress(ip("198.18.1.1"), 67),
            new ReplyAddressing(67, 68).destination(relayed, offer).recipient());
    }

    @Test
    void packetFromAnUnknownNetworkIsDropped() {
        Dhcp4Message relayed = TestPackets.request(MAC_A, 5, Ipv4Bytes.ANY, ip("198.19.9.1"),
            TestPackets.options(MessageType.DISCOVER).build());

        assertEquals(DropReason.NO_SUBNET,
            assertInstanceOf(ExchangeOutcome.Dropped.class, process(relayed)).reason());
    }

    @Test
    void serverMessagesAndUntypedPacketsAreDropped() {
        Dhcp4Message offerFromElsewhere = TestPackets.request(MAC_A, 5, Ipv4Bytes.ANY, Ipv4Bytes.ANY,
            Dhcp4Options.builder().messageType(MessageType.OFFER).build());
        Dhcp4Message bootp = TestPackets.request(MAC_A, 6, Ipv4Bytes.ANY, Ipv4Bytes.ANY, Dhcp4Options.none());

        assertEquals(DropReason.NOT_A_CLIENT_REQUEST,
            assertInstanceOf(ExchangeOutcome.Dropped.class, process(offerFromElsewhere)).reason());
        assertEquals(DropReason.NOT_A_CLIENT_REQUEST,
            assertInstanceOf(ExchangeOutcome.Dropped.class, process(bootp)).reason());
    }

    @Test
    void informIsAckedWithOptionsButNoLease() {
        Dhcp4Message inform = TestPackets.request(MAC_A, 5, ip("198.18.0.50"), Ipv4Bytes.ANY,
            TestPackets.options(MessageType.INFORM).build());

        Reply4 ack = reply(inform);

        assertEquals(MessageType.ACK, ack.type());
        assertEquals(Ipv4Bytes.ANY, ack.message().yiaddr());
        assertEquals(Optional.empty(), ack.message().options().leaseTime());
        assertEquals(List.of(ip("198.18.0.1")), ack.message().options().routers());
        assertEquals(List.of(), store.events());
    }

    @Test
    void storeFailureMeansNoAck() {
        Reply4 offer = reply(TestPackets.discover(MAC_A, 1));
        store.failWrites();

        ExchangeOutcome outcome = process(TestPackets.select(MAC_A, 2, offer.message().yiaddr(), ip("198.18.0.1")));

        assertEquals(DropReason.LEASE_STORE_FAILURE,
            assertInstanceOf(ExchangeOutcome.Dropped.class, outcome).reason());
    }

    @Test
    void newConfigurationIsUsedByTheNextPacket() {
        service.install(DhcpConfig.empty());

        assertEquals(DropReason.NO_SUBNET, assertInstanceOf(ExchangeOutcome.Dropped.class,
            process(TestPackets.discover(MAC_A, 1))).reason());
    }
}
