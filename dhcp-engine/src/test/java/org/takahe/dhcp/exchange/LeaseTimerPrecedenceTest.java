package org.takahe.dhcp.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.takahe.dhcp.testing.TestConfigs.ip;

import java.net.Inet4Address;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.takahe.dhcp.alloc.AllocationEngine;
import org.takahe.dhcp.classify.Expression;
import org.takahe.dhcp.config.BootFields;
import org.takahe.dhcp.config.ClientClass4;
import org.takahe.dhcp.config.DhcpConfig;
import org.takahe.dhcp.config.Ipv4Prefix;
import org.takahe.dhcp.config.LeaseTimers;
import org.takahe.dhcp.config.Options4;
import org.takahe.dhcp.config.Pool4;
import org.takahe.dhcp.config.Subnet4;
import org.takahe.dhcp.stats.Dhcp4Counters;
import org.takahe.dhcp.testing.FakeLeaseStore;
import org.takahe.dhcp.testing.MutableClock;
import org.takahe.dhcp.testing.TestPackets;
import org.takahe.dhcp.wire.Dhcp4Message;
import org.takahe.dhcp.wire.Dhcp4Options;
import org.takahe.dhcp.wire.Ipv4Bytes;
import org.takahe.dhcp.wire.MessageType;
import org.takahe.dhcp.wire.Octets;
import org.takahe.dhcp.wire.StandardOptions;
import org.takahe.lease.Lease4;

/** Which timers a lease gets: its pool's, else its client class's lifetime, else the subnet's. */
class LeaseTimerPrecedenceTest {
    private static final ReceivingInterface LAN_IF = new ReceivingInterface("lan0", List.of(ip("198.18.0.1")));
    private static final LeaseTimers SUBNET = LeaseTimers.forLifetime(Duration.ofHours(1));
    /** Not the fractions of 600 s, so T1 and T2 can only have come from the pool. */
    private static final LeaseTimers FAST_POOL = new LeaseTimers(Duration.ofSeconds(600), Duration.ofSeconds(200),
        Duration.ofSeconds(400));
    private static final Duration CLASS_LIFETIME = Duration.ofSeconds(1200);

    private final FakeLeaseStore store = new FakeLeaseStore();
    private final ExchangeService service = new ExchangeService(new ChainFactory(
        new AllocationEngine(store, new MutableClock(Instant.parse("2025-01-01T00:00:00Z")), Duration.ofSeconds(30))), new Dhcp4Counters());

    @BeforeEach
    void install() throws Exception {
        Pool4 fast = new Pool4("fast", ip("198.18.0.10"), ip("198.18.0.10"), Optional.empty(), Options4.none(),
            Optional.of(FAST_POOL), Pool4.DEFAULT_UTILIZATION_THRESHOLD);
        Pool4 plain = new Pool4("plain", ip("198.18.0.20"), ip("198.18.0.29"));
        Subnet4 lan = new Subnet4("lan", Ipv4Prefix.parse("198.18.0.0/24"), List.of(fast, plain), Options4.none(),
            SUBNET);
        ClientClass4 shortLeases = new ClientClass4("short", Optional.of(Expression.compileCondition(
            "option[60].text == 'short'")), List.of(), BootFields.none(), Optional.of(CLASS_LIFETIME));
        service.install(new DhcpConfig(List.of("lan0"), Optional.empty(), List.of(lan), List.of(),
            List.of(shortLeases)));
    }

    @Test
    void aPoolThatSetsTimersWinsOverTheClassAndTheSubnetInOfferAckAndLease() {
        Dhcp4Message offer = exchange(discover("52:54:00:00:00:01", true, Optional.of(ip("198.18.0.10"))),
            MessageType.OFFER);
        assertEquals(ip("198.18.0.10"), offer.yiaddr());
        assertTimers(FAST_POOL, offer);

        Dhcp4Message ack = exchange(request("52:54:00:00:00:01", true, offer.yiaddr()), MessageType.ACK);
        assertTimers(FAST_POOL, ack);
        assertEquals(FAST_POOL.validLifetime(), lifetime(store.findByAddress(ack.yiaddr()).orElseThrow()));
    }

    @Test
    void theClassLifetimeWinsOverTheSubnetInAPoolWithoutTimers() {
        Dhcp4Message offer = exchange(discover("52:54:00:00:00:02", true, Optional.of(ip("198.18.0.20"))),
            MessageType.OFFER);
        assertTimers(LeaseTimers.forLifetime(CLASS_LIFETIME), offer);
        Dhcp4Message ack = exchange(request("52:54:00:00:00:02", true, offer.yiaddr()), MessageType.ACK);
        assertEquals(CLASS_LIFETIME, lifetime(store.findByAddress(ack.yiaddr()).orElseThrow()));
    }

    @Test
    void aClientInNoClassGetsTheSubnetTimersInAPoolWithoutTimers() {
        Dhcp4Message offer = exchange(discover("52:54:00:00:00:03", false, Optional.of(ip("198.18.0.21"))),
            MessageType.OFFER);
        assertTimers(SUBNET, offer);
        Dhcp4Message ack = exchange(request("52:54:00:00:00:03", false, offer.yiaddr()), MessageType.ACK);
        assertEquals(SUBNET.validLifetime(), lifetime(store.findByAddress(ack.yiaddr()).orElseThrow()));
    }

    @Test
    void aClientInNoClassGetsThePoolTimersInAPoolThatSetsThem() {
        Dhcp4Message offer = exchange(discover("52:54:00:00:00:04", false, Optional.of(ip("198.18.0.10"))),
            MessageType.OFFER);
        assertEquals(ip("198.18.0.10"), offer.yiaddr());
        assertTimers(FAST_POOL, offer);
    }

    private static void assertTimers(LeaseTimers expected, Dhcp4Message reply) {
        assertEquals(Optional.of(expected.validLifetime()), reply.options().leaseTime(), "option 51");
        assertEquals(Optional.of(expected.renewTime()), reply.options().renewalTime(), "option 58");
        assertEquals(Optional.of(expected.rebindTime()), reply.options().rebindingTime(), "option 59");
    }

    private static Duration lifetime(Lease4 lease) {
        return Duration.between(lease.renewed(), lease.expires());
    }

    private Dhcp4Message exchange(Dhcp4Message message, MessageType expected) {
        Reply4 reply = assertInstanceOf(ExchangeOutcome.Replied.class, service.process(new InboundDatagram(message,
            new InetSocketAddress("0.0.0.0", 68), LAN_IF))).reply();
        assertEquals(expected, reply.type(), () -> "reply " + reply.message().options());
        return reply.message();
    }

    private static Dhcp4Message discover(String mac, boolean inClass, Optional<Inet4Address> wanted) {
        Dhcp4Options.Builder options = classed(TestPackets.options(MessageType.DISCOVER), inClass);
        wanted.ifPresent(address -> options.address(StandardOptions.REQUESTED_ADDRESS, address));
        return TestPackets.request(mac, 1, Ipv4Bytes.ANY, Ipv4Bytes.ANY, options.build());
    }

    private static Dhcp4Message request(String mac, boolean inClass, Inet4Address address) {
        return TestPackets.request(mac, 2, Ipv4Bytes.ANY, Ipv4Bytes.ANY, classed(TestPackets.options(
            MessageType.REQUEST), inClass).address(StandardOptions.REQUESTED_ADDRESS, address)
            .address(StandardOptions.SERVER_IDENTIFIER, ip("198.18.0.1")).build());
    }

    private static Dhcp4Options.Builder classed(Dhcp4Options.Builder options, boolean inClass) {
        return inClass ? options.raw(60, Octets.of("short".getBytes(StandardCharsets.US_ASCII))) : options;
    }
}
