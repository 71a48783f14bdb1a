package org.takahe.dhcp.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.takahe.dhcp.testing.TestConfigs.ip;
import static org.takahe.dhcp.testing.TestPackets.MAC_A;
import static org.takahe.dhcp.testing.TestPackets.MAC_B;

import java.net.Inet4Address;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.takahe.dhcp.alloc.AllocationEngine;
import org.takahe.dhcp.config.CalloutFailurePolicy;
import org.takahe.dhcp.config.ConfiguredHookLibrary;
import org.takahe.dhcp.config.HookLibraries;
import org.takahe.dhcp.hooks.HookCounters;
import org.takahe.dhcp.hooks.api.Callouts;
import org.takahe.dhcp.hooks.api.HookPoint;
import org.takahe.dhcp.hooks.api.NextStep;
import org.takahe.dhcp.stats.Dhcp4Counters;
import org.takahe.dhcp.testing.FakeLeaseStore;
import org.takahe.dhcp.testing.MutableClock;
import org.takahe.dhcp.testing.TestConfigs;
import org.takahe.dhcp.testing.TestPackets;
import org.takahe.dhcp.wire.Dhcp4Message;
import org.takahe.dhcp.wire.DropReason;
import org.takahe.dhcp.wire.Ipv4Bytes;
import org.takahe.dhcp.wire.MessageType;
import org.takahe.dhcp.wire.Octets;
import org.takahe.dhcp.wire.StandardOptions;
import org.takahe.lease.Lease4;

/** Each hook point at its place in a real exchange, and what its verdicts do to the reply and the lease store. */
class HookPointsExchangeTest {
    private static final ReceivingInterface LAN_IF = new ReceivingInterface("lan0", List.of(ip("198.18.0.1")));
    private static final Inet4Address SERVER = ip("198.18.0.1");

    private final FakeLeaseStore store = new FakeLeaseStore();
    private final MutableClock clock = new MutableClock(Instant.parse("2025-01-01T00:00:00Z"));
    private final Dhcp4Counters counters = new Dhcp4Counters();
    private final HookCounters hookCounters = new HookCounters();
    private final ExchangeService service = new ExchangeService(new ChainFactory(
        new AllocationEngine(store, clock, Duration.ofSeconds(30)), hookCounters), counters);
    private final List<String> seen = new CopyOnWriteArrayList<>();

    private void install(Callouts callouts) {
        service.install(TestConfigs.twoSubnets("lan0").withHooks(new HookLibraries(List.of(
            new ConfiguredHookLibrary("test", callouts, CalloutFailurePolicy.CONTINUE)), Duration.ofSeconds(5))));
    }

    private ExchangeOutcome process(Dhcp4Message message) {
        return service.process(new InboundDatagram(message, new InetSocketAddress("0.0.0.0", 68), LAN_IF));
    }

    private Reply4 reply(Dhcp4Message message, MessageType expected) {
        Reply4 reply = assertInstanceOf(ExchangeOutcome.Replied.class, process(message)).reply();
        assertEquals(expected, reply.type());
        return reply;
    }

    private ExchangeOutcome.Dropped dropped(Dhcp4Message message) {
        return assertInstanceOf(ExchangeOutcome.Dropped.class, process(message));
    }

    private Dhcp4Message lease(String mac, int xid) {
        Reply4 offer = reply(TestPackets.discover(mac, xid), MessageType.OFFER);
        return reply(TestPackets.select(mac, xid + 1, offer.message().yiaddr(), SERVER), MessageType.ACK).message();
    }

    private static boolean from(String mac, org.takahe.dhcp.hooks.api.Packet4 query) {
        return query.hardwareAddress().equals(mac);
    }

    @Test
    void pkt4ReceiveDropLeavesTheClientUnansweredAndCountsTheDrop() {
        install(Callouts.builder().pkt4Receive(c -> from(MAC_B, c.query()) ? NextStep.DROP : NextStep.CONTINUE)
            .build());

        ExchangeOutcome.Dropped drop = dropped(TestPackets.discover(MAC_B, 1));
        reply(TestPackets.discover(MAC_A, 2), MessageType.OFFER);

        assertEquals(DropReason.HOOK_DROP, drop.reason());
        assertEquals("DROP at pkt4-receive by hook library test", drop.detail());
        assertEquals(1, counters.snapshot().dropped(DropReason.HOOK_DROP));
        assertEquals(2, hookCounters.snapshot().of("test", HookPoint.PKT4_RECEIVE).calls());
    }

    @Test
    void lease4SelectSkipRefusesTheOfferWithoutHoldingTheAddressAndNaksTheRequest() {
        install(Callouts.builder().lease4Select(c -> {
            seen.add(c.lease().address().getHostAddress() + (c.offerOnly() ? " offer" : " commit"));
            return from(MAC_B, c.query()) ? NextStep.SKIP : NextStep.CONTINUE;
        }).build());

        assertEquals(DropReason.HOOK_DROP, dropped(TestPackets.discover(MAC_B, 1)).reason());
        Reply4 offerA = reply(TestPackets.request(MAC_A, 2, Ipv4Bytes.ANY, Ipv4Bytes.ANY,
            TestPackets.options(MessageType.DISCOVER).address(StandardOptions.REQUESTED_ADDRESS, ip("198.18.0.10"))
                .build()), MessageType.OFFER);
        Reply4 nak = reply(TestPackets.select(MAC_B, 3, ip("198.18.0.11"), SERVER), MessageType.NAK);

        assertEquals(ip("198.18.0.10"), offerA.message().yiaddr(), "the refused offer does not hold .10");
        assertTrue(new String(nak.message().options().raw(56).orElseThrow().toByteArray(), StandardCharsets.US_ASCII)
            .contains("refused by a hook library"));
        assertEquals(List.of(), store.events(), "nothing was stored");
        assertEquals(List.of("198.18.0.10 offer", "198.18.0.10 offer", "198.18.0.11 commit"), seen);
    }

    @Test
    void lease4SelectDropOnARequestStoresNothingAndSendsNothing() {
        install(Callouts.builder().lease4Select(c -> c.offerOnly() ? NextStep.CONTINUE : NextStep.DROP).build());

        Reply4 offer = reply(TestPackets.discover(MAC_A, 1), MessageType.OFFER);
        ExchangeOutcome.Dropped drop = dropped(TestPackets.select(MAC_A, 2, offer.message().yiaddr(), SERVER));

        assertEquals(DropReason.HOOK_DROP, drop.reason());
        assertEquals(List.of(), store.events());
    }

    @Test
    void lease4RenewSkipAcknowledgesTheLeaseAsStoredWithoutExtendingIt() {
        install(Callouts.builder().lease4Renew(c -> {
            seen.add("renew " + c.lease().address().getHostAddress() + " to " + c.lease().expires());
            return NextStep.SKIP;
        }).build());
        Dhcp4Message ack = lease(MAC_A, 1);
        Lease4 stored = store.findByAddress(ack.yiaddr()).orElseThrow();

        clock.advance(Duration.ofMinutes(30));
        Reply4 renewed = reply(TestPackets.renew(MAC_A, 3, ack.yiaddr()), MessageType.ACK);

        assertEquals(ack.yiaddr(), renewed.message().yiaddr());
        assertEquals(stored, store.findByAddress(ack.yiaddr()).orElseThrow(), "not extended");
        assertEquals(List.of("commit " + ack.yiaddr().getHostAddress()), store.events());
        assertEquals(List.of("renew " + ack.yiaddr().getHostAddress() + " to 2025-01-01T01:30:00Z"), seen);
    }

    @Test
    void lease4ReleaseSkipKeepsTheLeaseAndDropCountsThePacket() {
        install(Callouts.builder().lease4Release(c -> c.query().xid() == 3 ? NextStep.SKIP : NextStep.DROP)
            .build());
        Dhcp4Message ack = lease(MAC_A, 1);

        assertInstanceOf(ExchangeOutcome.NoReply.class, process(TestPackets.release(MAC_A, 3, ack.yiaddr(), SERVER)));
        assertEquals(DropReason.HOOK_DROP, dropped(TestPackets.release(MAC_A, 4, ack.yiaddr(), SERVER)).reason());

        assertTrue(store.findByAddress(ack.yiaddr()).isPresent(), "the lease stays until it expires");
        assertEquals(List.of("commit " + ack.yiaddr().getHostAddress()), store.events());
    }

    @Test
    void lease4ExpireRunsWhenAnotherClientsExpiredLeaseIsReclaimed() {
        install(Callouts.builder().lease4Expire(c -> {
            seen.add("expired " + c.lease().address().getHostAddress() + " of " + c.lease().hardwareAddress());
            return NextStep.SKIP;
        }).build());
        Dhcp4Message ackA = lease(MAC_A, 1);
        clock.advance(TestConfigs.LIFETIME.plusMinutes(1));

        Reply4 ackB = reply(TestPackets.select(MAC_B, 5, ackA.yiaddr(), SERVER), MessageType.ACK);

        assertEquals(ackA.yiaddr(), ackB.message().yiaddr());
        assertEquals(List.of("expired " + ackA.yiaddr().getHostAddress() + " of " + MAC_A), seen);
        assertEquals(MAC_B, store.findByAddress(ackA.yiaddr()).orElseThrow().hardwareAddress());
    }

    @Test
    void subnet4SelectServesTheClientFromTheSubnetTheCalloutChose() {
        install(Callouts.builder().subnet4Select(c -> {
            c.selectSubnet("branch");
            return NextStep.CONTINUE;
        }).build());

        Reply4 offer = reply(TestPackets.discover(MAC_A, 1), MessageType.OFFER);

        assertTrue(TestConfigs.twoSubnets().subnets().get(1).prefix().contains(offer.message().yiaddr()),
            offer.message().yiaddr().getHostAddress());
    }

    @Test
    void subnet4SelectSkipLeavesTheClientWithoutASubnetSoUnanswered() {
        install(Callouts.builder().subnet4Select(c -> NextStep.SKIP).build());

        assertEquals(DropReason.HOOK_DROP, dropped(TestPackets.discover(MAC_A, 1)).reason());
    }

    @Test
    void pkt4SendAddsAnOptionToTheReplyOrStopsIt() {
        byte[] wpad = "http://wpad.example.test/wpad.dat".getBytes(StandardCharsets.US_ASCII);
        install(Callouts.builder().pkt4Send(c -> {
            if (from(MAC_B, c.query())) {
                return NextStep.SKIP;
            }
            c.setOption(252, wpad);
            return NextStep.CONTINUE;
        }).build());

        Reply4 offer = reply(TestPackets.discover(MAC_A, 1), MessageType.OFFER);
        ExchangeOutcome.Dropped stopped = dropped(TestPackets.discover(MAC_B, 2));

        assertEquals(Optional.of(Octets.of(wpad)), offer.message().options().raw(252));
        assertEquals(Optional.of(MessageType.OFFER), offer.message().messageType());
        assertEquals("SKIP at pkt4-send by hook library test", stopped.detail());
    }
}
