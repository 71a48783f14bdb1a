package org.takahe.dhcp.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.takahe.dhcp.testing.TestConfigs.ip;
import static org.takahe.dhcp.testing.TestPackets.MAC_A;
import static org.takahe.dhcp.testing.TestPackets.MAC_B;

import java.net.Inet4Address;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.takahe.dhcp.alloc.AllocationEngine;
import org.takahe.dhcp.config.DhcpConfig;
import org.takahe.dhcp.config.SharedNetwork4;
import org.takahe.dhcp.config.Subnet4;
import org.takahe.dhcp.stats.Dhcp4Counters;
import org.takahe.dhcp.testing.FakeLeaseStore;
import org.takahe.dhcp.testing.MutableClock;
import org.takahe.dhcp.testing.Reservations;
import org.takahe.dhcp.testing.TestConfigs;
import org.takahe.dhcp.testing.TestPackets;
import org.takahe.dhcp.wire.Dhcp4Message;
import org.takahe.dhcp.wire.DropReason;
import org.takahe.dhcp.wire.Ipv4Bytes;
import org.takahe.dhcp.wire.MessageType;
import org.takahe.dhcp.wire.StandardOptions;

/** Two subnets on one relayed link: "small" (one address, holds giaddr) and "spare" behind it. */
class SharedNetworkLeasingTest {
    private static final Inet4Address GIADDR = ip("198.18.1.1");
    private static final Inet4Address SERVER_ID = ip("198.18.0.1");
    private static final ReceivingInterface SRV_IF = new ReceivingInterface("srv1", List.of(SERVER_ID));

    private final FakeLeaseStore store = new FakeLeaseStore();
    private final ExchangeService service = new ExchangeService(new ChainFactory(
        new AllocationEngine(store, new MutableClock(Instant.parse("2025-01-01T00:00:00Z")), Duration.ofSeconds(30))), new Dhcp4Counters());

    private static DhcpConfig config(boolean shared) {
        return TestConfigs.withSubnetOptions(new DhcpConfig(List.of("srv1"), Optional.empty(), List.of(
                TestConfigs.subnet("small", "198.18.1.0/24", "198.18.1.10", "198.18.1.10"),
                TestConfigs.subnet("spare", "198.18.2.0/24", "198.18.2.10", "198.18.2.11")),
            shared ? List.of(new SharedNetwork4("link", List.of("small", "spare"), List.of(), Optional.empty()))
                : List.of()));
    }

    private ExchangeOutcome process(Dhcp4Message message) {
        return service.process(new InboundDatagram(message, new InetSocketAddress(GIADDR, 67), SRV_IF));
    }

    private Dhcp4Message reply(Dhcp4Message message, MessageType expected) {
        Reply4 reply = assertInstanceOf(ExchangeOutcome.Replied.class, process(message)).reply();
        assertEquals(expected, reply.type());
        return reply.message();
    }

    private static Dhcp4Message discover(String mac) {
        return TestPackets.request(mac, 1, Ipv4Bytes.ANY, GIADDR, TestPackets.options(MessageType.DISCOVER).build());
    }

    private static Dhcp4Message select(String mac, Inet4Address address) {
        return TestPackets.request(mac, 2, Ipv4Bytes.ANY, GIADDR, TestPackets.options(MessageType.REQUEST)
            .address(StandardOptions.REQUESTED_ADDRESS, address)
            .address(StandardOptions.SERVER_IDENTIFIER, SERVER_ID).build());
    }

    private Dhcp4Message lease(String mac) {
        Dhcp4Message offer = reply(discover(mac), MessageType.OFFER);
        return reply(select(mac, offer.yiaddr()), MessageType.ACK);
    }

    @Test
    void whenTheSelectedSubnetIsFullTheNextSubnetOfTheSharedNetworkServes() {
        service.install(config(true));
        assertEquals(ip("198.18.1.10"), lease(MAC_A).yiaddr());

        Dhcp4Message ack = lease(MAC_B);

        assertEquals(ip("198.18.2.10"), ack.yiaddr());
        assertEquals(Optional.of(ip("198.18.2.1")), ack.options().routers().stream().findFirst(),
            "options come from the subnet that serves");
        assertEquals("spare", store.findByAddress(ip("198.18.2.10")).orElseThrow().subnetId());
    }

    @Test
    void aReservationInAnotherSubnetOfTheSharedNetworkIsServedFromThatSubnet() {
        DhcpConfig plain = config(true);
        Subnet4 spare = plain.subnets().get(1);
        // the reserved address lies outside spare's pool, so nothing but the reservation can give it
        service.install(new DhcpConfig(plain.interfaces(), plain.serverIdentifier(), List.of(plain.subnets().get(0),
            Reservations.with(spare, Reservations.byHardwareAddress("a", MAC_A.replace(":", ""), "198.18.2.99"))),
            plain.sharedNetworks()).withOptions(plain.options()));

        assertEquals(ip("198.18.2.99"), lease(MAC_A).yiaddr(), "the reservation's subnet, though small has room");
        assertEquals(ip("198.18.1.10"), lease(MAC_B).yiaddr());
    }

    @Test
    void withoutASharedNetworkAFullSubnetServesNobody() {
        service.install(config(false));
        lease(MAC_A);

        assertEquals(DropReason.NO_ADDRESS_AVAILABLE,
            assertInstanceOf(ExchangeOutcome.Dropped.class, process(discover(MAC_B))).reason());
    }

    @Test
    void aLeaseInAnotherSubnetOfTheSharedNetworkIsHonouredWhenTheSelectedOneHasRoomAgain() {
        service.install(config(true));
        lease(MAC_A);
        Inet4Address spare = lease(MAC_B).yiaddr();
        assertInstanceOf(ExchangeOutcome.NoReply.class, process(TestPackets.request(MAC_A, 3, ip("198.18.1.10"),
            GIADDR, TestPackets.options(MessageType.RELEASE)
                .address(StandardOptions.SERVER_IDENTIFIER, SERVER_ID).build())));

        assertEquals(spare, reply(discover(MAC_B), MessageType.OFFER).yiaddr(), "not the freed 198.18.1.10");
        Dhcp4Message renewed = reply(TestPackets.request(MAC_B, 4, spare, GIADDR,
            TestPackets.options(MessageType.REQUEST).build()), MessageType.ACK);
        assertEquals(spare, renewed.yiaddr());
    }
}
