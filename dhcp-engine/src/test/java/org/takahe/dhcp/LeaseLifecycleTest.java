package org.takahe.dhcp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.takahe.dhcp.testing.TestConfigs.ip;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.takahe.dhcp.alloc.LeaseReclaimer;
import org.takahe.dhcp.config.CalloutFailurePolicy;
import org.takahe.dhcp.config.ConfiguredHookLibrary;
import org.takahe.dhcp.config.DhcpConfig;
import org.takahe.dhcp.config.ExpiredLeasesProcessing;
import org.takahe.dhcp.config.HookLibraries;
import org.takahe.dhcp.config.Ipv4Prefix;
import org.takahe.dhcp.config.LeaseTimers;
import org.takahe.dhcp.config.Options4;
import org.takahe.dhcp.config.Pool4;
import org.takahe.dhcp.config.Subnet4;
import org.takahe.dhcp.hooks.api.Callouts;
import org.takahe.dhcp.hooks.api.NextStep;
import org.takahe.dhcp.stats.PoolUtilization;
import org.takahe.dhcp.testing.FakeLeaseStore;
import org.takahe.lease.Lease;
import org.takahe.lease.Lease4;
import org.takahe.lease.Lease6;
import org.takahe.lease.LeaseFamily;
import org.takahe.lease.LeaseType;

/** The engine's background lease thread, on the real clock: it reclaims on its own and reports pool crossings. */
class LeaseLifecycleTest {
    private static final Duration PATIENCE = Duration.ofSeconds(10);

    private final FakeLeaseStore store = new FakeLeaseStore();
    private final List<PoolUtilization> raised = new CopyOnWriteArrayList<>();

    private static Subnet4 lanWithFourAddressPool() {
        Pool4 small = new Pool4("small", ip("198.18.0.10"), ip("198.18.0.13"), Optional.empty(), Options4.none(),
            Optional.empty(), 75);
        return new Subnet4("lan", Ipv4Prefix.parse("198.18.0.0/24"), List.of(small), Options4.none(),
            LeaseTimers.forLifetime(Duration.ofHours(1)));
    }

    private static DhcpConfig config(ExpiredLeasesProcessing reclamation) {
        return new DhcpConfig(List.of(), Optional.empty(), List.of(lanWithFourAddressPool()))
            .withExpiredLeases(reclamation);
    }

    private Lease4 lease(String address, Instant expires) throws Exception {
        Lease4 lease = new Lease4(ip(address), "52:54:00:00:00:" + address.substring(address.lastIndexOf('.') + 1),
            Optional.empty(), "lan", expires.minusSeconds(60), expires.minusSeconds(60), expires, Optional.empty());
        store.commit(lease);
        return lease;
    }

    private static void await(BooleanSupplier condition, String what) throws InterruptedException {
        Instant deadline = Instant.now().plus(PATIENCE);
        while (!condition.getAsBoolean()) {
            assertTrue(Instant.now().isBefore(deadline), what);
            Thread.sleep(20);
        }
    }

    @Test
    void expiredLeasesAreReclaimedInTheBackgroundAndCounted() throws Exception {
        lease("198.18.0.10", Instant.now().minusSeconds(5));
        Lease4 current = lease("198.18.0.11", Instant.now().plusSeconds(600));
        try (DhcpEngine engine = new DhcpEngine(EngineSettings.defaults().withPorts(0, 68), store,
                Clock.systemUTC(), raised::add)) {
            engine.apply(config(new ExpiredLeasesProcessing(Duration.ofMillis(50), 100, Duration.ofMillis(250),
                Duration.ZERO, 5)));

            await(() -> engine.statistics().reclaimedLeases() == 1, "the expired lease is reclaimed");
            assertEquals(List.of(current), List.copyOf(store.all()));
        }
    }

    @Test
    void eachReclaimedLeaseGoesThroughTheLease4ExpireCallouts() throws Exception {
        lease("198.18.0.10", Instant.now().minusSeconds(5));
        List<String> expired = new CopyOnWriteArrayList<>();
        Callouts callouts = Callouts.builder().lease4Expire(context -> {
            expired.add(context.lease().address().getHostAddress());
            return NextStep.CONTINUE;
        }).build();
        HookLibraries hooks = new HookLibraries(List.of(new ConfiguredHookLibrary("audit", callouts,
            CalloutFailurePolicy.CONTINUE)), HookLibraries.DEFAULT_CALLOUT_TIMEOUT);
        try (DhcpEngine engine = new DhcpEngine(EngineSettings.defaults().withPorts(0, 68), store)) {
            engine.apply(config(new ExpiredLeasesProcessing(Duration.ofMillis(50), 100, Duration.ofMillis(250),
                Duration.ZERO, 5)).withHooks(hooks));

            await(() -> engine.statistics().reclaimedLeases() == 1, "the expired lease is reclaimed");
            assertEquals(List.of("198.18.0.10"), expired);
        }
    }

    @Test
    void reclaimTimerWaitTimeZeroLeavesExpiredLeasesInTheStore() throws Exception {
        lease("198.18.0.10", Instant.now().minusSeconds(5));
        try (DhcpEngine engine = new DhcpEngine(EngineSettings.defaults().withPorts(0, 68), store)) {
            engine.apply(config(new ExpiredLeasesProcessing(Duration.ZERO, 100, Duration.ofMillis(250),
                Duration.ZERO, 5)));
            Thread.sleep(300);
            assertEquals(0, engine.statistics().reclaimedLeases());
            assertEquals(1, store.all().size());
        }
    }

    @Test
    void aPoolReachingItsThresholdIsReportedOnceAndAgainAfterFallingBelow() throws Exception {
        lease("198.18.0.10", Instant.now().plusSeconds(600));
        lease("198.18.0.11", Instant.now().plusSeconds(600));
        // Expires shortly: the pool falls below 75 % (3 of 4) then, with no lease written.
        Lease4 shortLived = lease("198.18.0.12", Instant.now().plusMillis(700));
        try (DhcpEngine engine = new DhcpEngine(EngineSettings.defaults().withPorts(0, 68), store,
                Clock.systemUTC(), raised::add)) {
            engine.apply(config(new ExpiredLeasesProcessing(Duration.ZERO, 100, Duration.ZERO, Duration.ZERO, 5)));
            await(() -> raised.size() == 1, "3 of 4 addresses reach 75 %");
            assertEquals(new PoolUtilization("lan", "small", 4, 3, 3), raised.getFirst());

            // Nothing is written meanwhile: only the check the engine schedules at that expiry can re-arm the pool.
            await(() -> Instant.now().isAfter(shortLived.expires().plusMillis(300)), "the short lease expires");
            assertEquals(1, raised.size());

            lease("198.18.0.13", Instant.now().plusSeconds(600));
            engine.deleteLease(ip("198.18.0.99")); // a write through the engine, so it looks at the leases again
            await(() -> raised.size() == 2, "re-armed at the expiry, the second crossing is reported");
        }
    }

    /** The DHCPv6 engine's lifecycle: the same class, given its own settings and utilization check. */
    @Test
    void aDhcpv6LifecycleReclaimsOnlyDhcpv6LeasesAndRunsTheCheckItIsGiven() throws Exception {
        Lease4 expired4 = lease("198.18.0.10", Instant.now().minusSeconds(5));
        Instant past = Instant.now().minusSeconds(5);
        Lease6 expired6 = new Lease6((Inet6Address) InetAddress.ofLiteral("2001:db8::10"), 128, LeaseType.NA,
            "0001aa", 1, Optional.empty(), "lab", past.minusSeconds(60), past.minusSeconds(60), past, past,
            Duration.ofSeconds(30), Duration.ofSeconds(48), Optional.empty());
        store.commit(expired6);
        List<Lease> reclaimed = new CopyOnWriteArrayList<>();
        AtomicInteger checks = new AtomicInteger();
        LeaseReclaimer reclaimer = new LeaseReclaimer(store, Clock.systemUTC(), new LeaseReclaimer.Listener() {
            @Override
            public void leaseReclaimed(Lease expired) {
                reclaimed.add(expired);
            }

            @Override
            public void declinedRecovered(Lease placeholder) {
            }
        }, LeaseFamily.V6);
        try (LeaseLifecycle lifecycle = new LeaseLifecycle(LeaseFamily.V6, Clock.systemUTC(), reclaimer)) {
            lifecycle.configure(new ExpiredLeasesProcessing(Duration.ofMillis(50), 100, Duration.ofMillis(250),
                Duration.ZERO, 5), now -> {
                    checks.incrementAndGet();
                    return Optional.empty();
                });

            await(() -> reclaimed.size() == 1 && checks.get() > 0, "the DHCPv6 lease is reclaimed and pools checked");
            assertEquals(List.of(expired6), reclaimed);
            assertEquals(List.of(expired4), List.copyOf(store.all()), "the DHCPv4 lease is the DHCPv4 engine's");
        }
    }
}
