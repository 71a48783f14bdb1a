package org.takahe.dhcp.hooks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.takahe.dhcp.testing.TestConfigs.ip;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.takahe.dhcp.config.CalloutFailurePolicy;
import org.takahe.dhcp.config.ConfiguredHookLibrary;
import org.takahe.dhcp.config.HookLibraries;
import org.takahe.dhcp.config.Subnet4;
import org.takahe.dhcp.hooks.api.Callouts;
import org.takahe.dhcp.hooks.api.HookPoint;
import org.takahe.dhcp.hooks.api.NextStep;
import org.takahe.dhcp.hooks.api.Packet4;
import org.takahe.dhcp.testing.TestConfigs;
import org.takahe.dhcp.testing.TestPackets;
import org.takahe.dhcp.wire.Decoded;
import org.takahe.dhcp.wire.Dhcp4Codec;
import org.takahe.dhcp.wire.Dhcp4Message;
import org.takahe.dhcp.wire.Dhcp4Options;
import org.takahe.dhcp.wire.MessageType;
import org.takahe.dhcp.wire.Octets;
import org.takahe.dhcp.wire.OptionPacker;
import org.takahe.dhcp.wire.RawOption;
import org.takahe.dhcp.wire.StandardOptions;
import org.takahe.lease.Lease4;

class HookDispatcherTest {
    private static final Dhcp4Message DISCOVER = TestPackets.discover(TestPackets.MAC_A, 0x42);
    private static final Subnet4 LAN = TestConfigs.subnet("lan", "198.18.0.0/24", "198.18.0.10", "198.18.0.20");
    private static final Subnet4 BRANCH = TestConfigs.subnet("branch", "198.18.1.0/24", "198.18.1.10", "198.18.1.20");

    private final HookCounters counters = new HookCounters();

    private static ConfiguredHookLibrary library(String name, Callouts callouts) {
        return new ConfiguredHookLibrary(name, callouts, CalloutFailurePolicy.CONTINUE);
    }

    private HookDispatcher dispatcher(Duration timeout, ConfiguredHookLibrary... libraries) {
        return HookDispatcher.of(new HookLibraries(List.of(libraries), timeout), counters);
    }

    private HookDispatcher dispatcher(ConfiguredHookLibrary... libraries) {
        return dispatcher(Duration.ofSeconds(5), libraries);
    }

    @Test
    void withoutLibrariesEveryPointIsAbsentAndAnswersContinueWithoutRunningAnything() {
        HookDispatcher none = HookDispatcher.of(HookLibraries.none(), counters);

        assertSame(HookDispatcher.NONE, none);
        for (HookPoint point : HookPoint.values()) {
            assertFalse(none.present(point), point.hookName());
        }
        assertFalse(none.leasePointsPresent());
        assertSame(Verdict.continueAt(HookPoint.PKT4_RECEIVE), none.pkt4Receive(DISCOVER, "lan0"));
        assertEquals(Map.of(), counters.snapshot().byLibrary());
    }

    @Test
    void onlyThePointsALibraryUsesArePresent() {
        HookDispatcher hooks = dispatcher(library("a", Callouts.builder()
            .pkt4Receive(c -> NextStep.CONTINUE).lease4Release(c -> NextStep.CONTINUE).build()));

        assertTrue(hooks.present(HookPoint.PKT4_RECEIVE));
        assertFalse(hooks.present(HookPoint.PKT4_SEND));
        assertTrue(hooks.leasePointsPresent());
    }

    @Test
    void calloutsRunInLibraryOrderSeeThePacketAndTheStrongestVerdictWins() {
        List<String> seen = new ArrayList<>();
        HookDispatcher hooks = dispatcher(
            library("first", Callouts.builder().pkt4Receive(c -> {
                seen.add("first " + c.query().hardwareAddress() + " on " + c.interfaceName());
                return NextStep.SKIP;
            }).build()),
            library("second", Callouts.builder().pkt4Receive(c -> {
                seen.add("second xid " + c.query().xid() + " type " + c.query().messageType());
                return NextStep.CONTINUE;
            }).build()));

        Verdict verdict = hooks.pkt4Receive(DISCOVER, "lan0");

        assertEquals(List.of("first 52:54:00:00:00:0a on lan0", "second xid 66 type 1"), seen);
        assertEquals(new Verdict(HookPoint.PKT4_RECEIVE, NextStep.SKIP, "first"), verdict);
        assertEquals(new CalloutCounts(1, 0, 0, 1, 0), counters.snapshot().of("first", HookPoint.PKT4_RECEIVE));
        assertEquals(new CalloutCounts(1, 0, 0, 0, 0), counters.snapshot().of("second", HookPoint.PKT4_RECEIVE));
    }

    @Test
    void dropEndsThePointAtOnce() {
        List<String> seen = new ArrayList<>();
        HookDispatcher hooks = dispatcher(
            library("gate", Callouts.builder().pkt4Receive(c -> NextStep.DROP).build()),
            library("audit", Callouts.builder().pkt4Receive(c -> {
                seen.add("audit");
                return NextStep.CONTINUE;
            }).build()));

        assertEquals("DROP at pkt4-receive by hook library gate", hooks.pkt4Receive(DISCOVER, "lan0").describe());
        assertEquals(List.of(), seen);
    }

    @Test
    void aThrowingCalloutIsCountedAndIgnoredAsKeaDoesUnlessItsLibraryFailsClosed() {
        Callouts broken = Callouts.builder().pkt4Receive(c -> {
            throw new IllegalStateException("bug in the library");
        }).build();

        Verdict open = dispatcher(library("broken", broken)).pkt4Receive(DISCOVER, "lan0");
        Verdict closed = dispatcher(new ConfiguredHookLibrary("strict", broken, CalloutFailurePolicy.DROP))
            .pkt4Receive(DISCOVER, "lan0");

        assertTrue(open.isContinue());
        assertEquals(new Verdict(HookPoint.PKT4_RECEIVE, NextStep.DROP, "strict"), closed);
        assertEquals(new CalloutCounts(1, 1, 0, 0, 0), counters.snapshot().of("broken", HookPoint.PKT4_RECEIVE));
        assertEquals(new CalloutCounts(1, 1, 0, 0, 0), counters.snapshot().of("strict", HookPoint.PKT4_RECEIVE));
    }

    @Test
    void aCalloutAnsweringNullCountsAsAFailure() {
        Verdict verdict = dispatcher(library("null", Callouts.builder().pkt4Receive(c -> null).build()))
            .pkt4Receive(DISCOVER, "lan0");

        assertTrue(verdict.isContinue());
        assertEquals(1, counters.snapshot().of("null", HookPoint.PKT4_RECEIVE).failures());
    }

    @Test
    void aCalloutThatHangsIsGivenUpOnAfterTheTimeoutAndCanChangeNothingAfterwards() throws Exception {
        CountDownLatch never = new CountDownLatch(1);
        CompletableFuture<Throwable> lateEdit = new CompletableFuture<>();
        HookDispatcher hooks = dispatcher(Duration.ofMillis(100), library("slow", Callouts.builder()
            .subnet4Select(c -> {
                try {
                    never.await();
                } catch (InterruptedException e) {
                    // given up on: try to change the choice anyway
                }
                try {
                    c.selectSubnet("branch");
                    lateEdit.complete(null);
                } catch (IllegalStateException e) {
                    lateEdit.complete(e);
                }
                return NextStep.DROP;
            }).build()));

        long began = System.nanoTime();
        Decision<Subnet4> decision = hooks.subnet4Select(DISCOVER, "lan0", LAN, List.of(LAN, BRANCH));
        long tookMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - began);

        assertTrue(decision.verdict().isContinue(), decision.verdict().describe());
        assertSame(LAN, decision.value(), "the late change did not land");
        assertTrue(tookMillis >= 100 && tookMillis < 2000, tookMillis + " ms");
        assertInstanceOf(IllegalStateException.class, lateEdit.get(5, TimeUnit.SECONDS));
        assertEquals(new CalloutCounts(1, 0, 1, 0, 0), counters.snapshot().of("slow", HookPoint.SUBNET4_SELECT));
    }

    @Test
    void subnet4SelectServesFromTheSubnetACalloutChooses() {
        HookDispatcher hooks = dispatcher(library("steer", Callouts.builder().subnet4Select(c -> {
            assertEquals("lan", c.subnet().id());
            assertEquals(List.of("198.18.0.0/24", "198.18.1.0/24"),
                c.candidates().stream().map(s -> s.prefix()).toList());
            assertThrows(IllegalArgumentException.class, () -> c.selectSubnet("nowhere"));
            c.selectSubnet("branch");
            assertEquals("branch", c.subnet().id());
            return NextStep.CONTINUE;
        }).build()));

        Decision<Subnet4> decision = hooks.subnet4Select(DISCOVER, "lan0", LAN, List.of(LAN, BRANCH));

        assertTrue(decision.verdict().isContinue(), decision.verdict().describe());
        assertSame(BRANCH, decision.value());
        assertEquals(0, counters.snapshot().of("steer", HookPoint.SUBNET4_SELECT).failures(), "no assertion failed");
    }

    @Test
    void pkt4SendEditsOptionsButNotTheMessageTypeAndKeepsRelayAgentInformationLast() {
        Dhcp4Message response = new Dhcp4Message(Dhcp4Message.BOOTREPLY, 1, 6, 0, 0x42, 0, 0, ip("0.0.0.0"),
            ip("198.18.0.10"), ip("0.0.0.0"), ip("198.18.0.1"), Octets.fromHex(TestPackets.MAC_A), Octets.empty(),
            Octets.empty(), Dhcp4Options.builder().messageType(MessageType.OFFER)
                .address(StandardOptions.SUBNET_MASK, ip("255.255.255.0"))
                .text(StandardOptions.DOMAIN_NAME, "example.test")
                .raw(82, Octets.of((byte) 1, (byte) 1, (byte) 7)).build());
        List<Throwable> refused = new ArrayList<>();
        HookDispatcher hooks = dispatcher(library("edit", Callouts.builder().pkt4Send(c -> {
            refused.add(attempt(() -> c.setOption(53, new byte[] {5})));
            refused.add(attempt(() -> c.removeOption(53)));
            c.setOption(252, "http://wpad.example.test/wpad.dat".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            c.setOption(1, new byte[] {(byte) 255, (byte) 255, (byte) 254, 0});
            c.removeOption(15);
            Packet4 now = c.response();
            assertEquals(List.of(53, 1, 82, 252), now.options().codes());
            return NextStep.CONTINUE;
        }).build()));

        Decision<Dhcp4Message> decision = hooks.pkt4Send(DISCOVER, response);

        assertEquals(2, refused.stream().filter(IllegalArgumentException.class::isInstance).count(), refused.toString());
        Dhcp4Message sent = decision.value();
        assertEquals(List.of(53, 1, 252, 82), sent.options().all().stream().map(o -> o.code()).toList());
        assertEquals(Optional.of(ip("255.255.254.0")), sent.options().subnetMask());
        assertEquals(Optional.of(Octets.of((byte) 1, (byte) 1, (byte) 7)), sent.options().raw(82));
        assertEquals(response.yiaddr(), sent.yiaddr());
        assertEquals(response.xid(), sent.xid());
        assertEquals(0, counters.snapshot().of("edit", HookPoint.PKT4_SEND).failures(), "no assertion failed");
    }

    @Test
    void pkt4SendShowsTheOptionsOfAnOverloadedResponseAndLaysOutTheEditAgain() {
        List<RawOption> options = List.of(new RawOption(53, Octets.of((byte) 2)),
            new RawOption(224, Octets.zeros(150)), new RawOption(225, Octets.zeros(120)),
            new RawOption(226, Octets.zeros(100)), new RawOption(227, Octets.zeros(50)));
        int limit = OptionPacker.messageLimit(DISCOVER.options());
        OptionPacker.Packed packed = OptionPacker.pack(options, Octets.empty(), Octets.empty(), limit);
        assertEquals(Optional.of(Octets.of((byte) 3)), packed.options().raw(52), "options in file and sname");
        assertEquals(List.of(), packed.leftOut());
        Dhcp4Message response = new Dhcp4Message(Dhcp4Message.BOOTREPLY, 1, 6, 0, 0x42, 0, 0, ip("0.0.0.0"),
            ip("198.18.0.10"), ip("0.0.0.0"), ip("0.0.0.0"), Octets.fromHex(TestPackets.MAC_A), packed.sname(),
            packed.file(), packed.options());
        List<List<Integer>> seen = new ArrayList<>();
        HookDispatcher hooks = dispatcher(library("overload", Callouts.builder().pkt4Send(c -> {
            seen.add(c.response().options().codes());
            c.removeOption(224);
            c.setOption(252, new byte[] {'x'});
            return NextStep.CONTINUE;
        }).build()));

        Dhcp4Message sent = hooks.pkt4Send(DISCOVER, response).value();

        assertEquals(List.of(List.of(53, 224, 225, 226, 227)), seen.stream()
            .map(codes -> codes.stream().sorted().toList()).toList(), "52 hidden, file and sname options shown");
        Dhcp4Message read = assertInstanceOf(Decoded.Ok.class, Dhcp4Codec.decode(Dhcp4Codec.encode(sent))).message();
        assertEquals(List.of(53, 225, 226, 227, 252), read.options().all().stream().map(RawOption::code)
            .filter(code -> code != 52).sorted().toList());
        assertTrue(Dhcp4Codec.encode(sent).remaining() <= Math.max(limit, Dhcp4Codec.MINIMUM_LENGTH));
    }

    @Test
    void pkt4SendWithoutChangesHandsBackTheSameResponse() {
        Dhcp4Message response = TestPackets.discover(TestPackets.MAC_B, 9);
        HookDispatcher hooks = dispatcher(library("look", Callouts.builder().pkt4Send(c -> NextStep.CONTINUE)
            .build()));

        assertSame(response, hooks.pkt4Send(DISCOVER, response).value());
    }

    @Test
    void leasePointsSeeTheLeaseAndExpireTurnsDropIntoContinue() {
        Instant now = Instant.parse("2025-01-01T00:00:00Z");
        Lease4 lease = new Lease4(ip("198.18.0.10"), TestPackets.MAC_A, Optional.of("01aa"), "lan", now, now,
            now.plusSeconds(3600), Optional.of("host-a"));
        List<String> seen = new ArrayList<>();
        HookDispatcher hooks = dispatcher(library("leases", Callouts.builder()
            .lease4Select(c -> {
                seen.add("select " + c.lease().address().getHostAddress() + " offer=" + c.offerOnly() + " in "
                    + c.subnet().id() + " until " + c.lease().expires() + " for " + c.lease().clientId().orElseThrow());
                return NextStep.SKIP;
            })
            .lease4Renew(c -> NextStep.CONTINUE)
            .lease4Release(c -> {
                seen.add("release " + c.lease().hostname().orElseThrow() + " type " + c.query().messageType());
                return NextStep.CONTINUE;
            })
            .lease4Expire(c -> {
                seen.add("expire " + c.lease().hardwareAddress());
                return NextStep.DROP;
            }).build()));

        assertTrue(hooks.lease4Select(DISCOVER, LAN, lease, true).is(NextStep.SKIP));
        assertTrue(hooks.lease4Renew(DISCOVER, LAN, lease).isContinue());
        assertTrue(hooks.lease4Release(DISCOVER, lease).isContinue());
        assertTrue(hooks.lease4Expire(lease).isContinue(), "DROP is not supported at lease4-expire");
        assertEquals(List.of("select 198.18.0.10 offer=true in lan until 2025-01-01T01:00:00Z for 01aa",
            "release host-a type 1", "expire " + TestPackets.MAC_A), seen);
        assertEquals(0, counters.snapshot().of("leases", HookPoint.LEASE4_SELECT).failures());
    }

    private static Throwable attempt(Runnable action) {
        try {
            action.run();
            return new AssertionError("no exception");
        } catch (RuntimeException e) {
            return e;
        }
    }
}
