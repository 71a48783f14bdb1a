package org.takahe.dhcp.alloc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.takahe.dhcp.config.ExpiredLeasesProcessing;
import org.takahe.dhcp.config.Ipv4Prefix.Ipv4;
import org.takahe.dhcp.testing.FakeLeaseStore;
import org.takahe.dhcp.testing.MutableClock;
import org.takahe.lease.Lease;
import org.takahe.lease.Lease4;
import org.takahe.lease.Lease6;
import org.takahe.lease.LeaseFamily;
import org.takahe.lease.LeaseStoreException;
import org.takahe.lease.LeaseType;

/** Background reclamation: bounded cycles, earliest expiry first, hold time, declined addresses, renewals kept. */
class LeaseReclaimerTest {
    private static final Instant NOW = Instant.parse("2025-06-01T12:00:00Z");

    private final MutableClock clock = new MutableClock(NOW);
    private final FakeLeaseStore store = new FakeLeaseStore();
    private final List<Lease> reclaimed = new ArrayList<>();
    private final List<Lease> recovered = new ArrayList<>();
    private Consumer<Lease> onReclaimed = lease -> {
    };
    private final LeaseReclaimer.Listener listener = new LeaseReclaimer.Listener() {
        @Override
        public void leaseReclaimed(Lease expired) {
            reclaimed.add(expired);
            onReclaimed.accept(expired);
        }

        @Override
        public void declinedRecovered(Lease placeholder) {
            recovered.add(placeholder);
        }
    };
    private final LeaseReclaimer reclaimer = new LeaseReclaimer(store, clock, listener, LeaseFamily.V4);

    private static ExpiredLeasesProcessing limits(int maxLeases, Duration maxTime, Duration hold) {
        return new ExpiredLeasesProcessing(Duration.ofSeconds(10), maxLeases, maxTime, hold, 5);
    }

    /** The n-th address of 198.18.0.0/15. */
    private static Inet4Address address(int n) {
        return Ipv4.fromInt(Ipv4.toInt(Ipv4.parse("198.18.0.0")) + n);
    }

    private Lease4 clientLease(int n, Instant expires) throws LeaseStoreException {
        Lease4 lease = new Lease4(address(n), String.format("52:54:00:00:%02x:%02x", n >> 8 & 0xff, n & 0xff),
            Optional.empty(), "lan", expires.minusSeconds(3600), expires.minusSeconds(3600), expires, Optional.empty());
        store.commit(lease);
        return lease;
    }

    private Lease4 declinedPlaceholder(int n, Instant probationEnds) throws LeaseStoreException {
        Lease4 lease = new Lease4(address(n), AllocationEngine.DECLINED, Optional.empty(), "lan",
            probationEnds.minusSeconds(86400), probationEnds.minusSeconds(86400), probationEnds, Optional.empty());
        store.commit(lease);
        return lease;
    }

    @Test
    void eachCycleReclaimsAtMostMaxReclaimLeasesEarliestExpiryFirst() throws Exception {
        // Lease n expires n seconds after lease 0; committed latest first, so store order is not expiry order.
        Lease4[] byExpiry = new Lease4[250];
        for (int n = 249; n >= 0; n--) {
            byExpiry[n] = clientLease(n, NOW.minusSeconds(250 - n));
        }
        List<Lease4> expired = List.of(byExpiry);
        Lease4 current = clientLease(1000, NOW.plusSeconds(60));
        ExpiredLeasesProcessing settings = limits(100, Duration.ZERO, Duration.ZERO);

        LeaseReclaimer.Cycle first = reclaimer.reclaim(settings);
        assertEquals(100, first.reclaimed());
        assertTrue(first.leftOver());
        assertEquals(expired.subList(0, 100), reclaimed, "the 100 leases that expired first, in that order");

        LeaseReclaimer.Cycle second = reclaimer.reclaim(settings);
        assertEquals(100, second.reclaimed());
        assertTrue(second.leftOver());

        LeaseReclaimer.Cycle third = reclaimer.reclaim(settings);
        assertEquals(50, third.reclaimed());
        assertFalse(third.leftOver());
        assertEquals(expired, reclaimed);
        assertEquals(List.of(current), List.copyOf(store.all()), "the unexpired lease stays");
    }

    @Test
    void aCycleWithoutLimitsReclaimsEverythingExpired() throws Exception {
        for (int n = 0; n < 2500; n++) {
            clientLease(n, NOW.minusSeconds(1));
        }
        LeaseReclaimer.Cycle cycle = reclaimer.reclaim(limits(0, Duration.ZERO, Duration.ZERO));
        assertEquals(2500, cycle.reclaimed());
        assertFalse(cycle.leftOver());
        assertTrue(store.all().isEmpty());
    }

    @Test
    void aCycleStopsOnceMaxReclaimTimeHasPassed() throws Exception {
        for (int n = 0; n < 20; n++) {
            clientLease(n, NOW.minusSeconds(60));
        }
        // Each reclaimed lease takes 10 ms of the cycle (its callouts, say).
        onReclaimed = lease -> clock.advance(Duration.ofMillis(10));

        LeaseReclaimer.Cycle cycle = reclaimer.reclaim(limits(100, Duration.ofMillis(50), Duration.ZERO));

        assertEquals(5, cycle.reclaimed());
        assertTrue(cycle.leftOver());
        assertEquals(Duration.ofMillis(50), cycle.took());
        assertEquals(15, store.all().size());
    }

    @Test
    void aClientLeaseIsHeldForHoldReclaimedTimeAfterItExpires() throws Exception {
        Lease4 longGone = clientLease(1, NOW.minus(Duration.ofHours(2)));
        Lease4 recentlyExpired = clientLease(2, NOW.minus(Duration.ofMinutes(10)));

        LeaseReclaimer.Cycle cycle = reclaimer.reclaim(limits(100, Duration.ZERO, Duration.ofHours(1)));

        assertEquals(List.of(longGone), reclaimed);
        assertFalse(cycle.leftOver());
        assertEquals(Optional.of(recentlyExpired), store.findByAddress(recentlyExpired.address()),
            "kept so its client can have the address back");
    }

    @Test
    void aDeclinedAddressIsRecoveredWhenItsProbationEndsWhateverTheHoldTime() throws Exception {
        Lease4 probationOver = declinedPlaceholder(1, NOW.minusSeconds(1));
        Lease4 stillOnProbation = declinedPlaceholder(2, NOW.plusSeconds(60));

        LeaseReclaimer.Cycle cycle = reclaimer.reclaim(limits(100, Duration.ZERO, Duration.ofHours(1)));

        assertEquals(1, cycle.recoveredDeclined());
        assertEquals(0, cycle.reclaimed());
        assertEquals(List.of(probationOver), recovered);
        assertTrue(reclaimed.isEmpty(), "a declined address is no client's lease: no lease4-expire");
        assertEquals(Optional.empty(), store.findByAddress(probationOver.address()));
        assertEquals(Optional.of(stillOnProbation), store.findByAddress(stillOnProbation.address()));
    }

    @Test
    void aLeaseRenewedAfterTheCycleReadItIsKeptAndNotReported() throws Exception {
        Lease4 first = clientLease(1, NOW.minusSeconds(20));
        Lease4 renewedMeanwhile = clientLease(2, NOW.minusSeconds(10));
        Lease4 renewal = renewedMeanwhile.renewedAt(NOW, NOW.plusSeconds(3600));
        // The client renews while the cycle works on the lease before its own.
        onReclaimed = lease -> {
            try {
                store.commit(renewal);
            } catch (LeaseStoreException e) {
                throw new AssertionError(e);
            }
        };

        LeaseReclaimer.Cycle cycle = reclaimer.reclaim(limits(100, Duration.ZERO, Duration.ZERO));

        assertEquals(List.of(first), reclaimed);
        assertEquals(1, cycle.reclaimed());
        assertEquals(Optional.of(renewal), store.findByAddress(renewal.address()));
    }

    @Test
    void aStoreFailureEndsTheCycleWithoutThrowing() throws Exception {
        clientLease(1, NOW.minusSeconds(20));
        store.failWrites();

        LeaseReclaimer.Cycle cycle = reclaimer.reclaim(limits(100, Duration.ZERO, Duration.ZERO));

        assertEquals(0, cycle.reclaimed());
        assertEquals(1, store.all().size(), "left for the next cycle");
    }

    private Lease6 lease6(String address, Instant expires) throws LeaseStoreException {
        Lease6 lease = new Lease6((Inet6Address) InetAddress.ofLiteral(address), 128, LeaseType.NA, "0001aa", 1,
            Optional.empty(), "lab", expires.minusSeconds(3600), expires.minusSeconds(3600),
            expires.minusSeconds(1800), expires, Duration.ofMinutes(15), Duration.ofMinutes(24), Optional.empty());
        store.commit(lease);
        return lease;
    }

    @Test
    void eachFamilysReclaimerReclaimsItsOwnLeasesAndDeclinedAddressesOnly() throws Exception {
        Lease4 expired4 = clientLease(1, NOW.minusSeconds(20));
        Lease6 expired6 = lease6("2001:db8::10", NOW.minusSeconds(30));
        Lease6 current6 = lease6("2001:db8::11", NOW.plusSeconds(30));
        Lease6 declined6 = lease6("2001:db8::12", NOW.minusSeconds(3600)).declinedAt(NOW.minusSeconds(60),
            NOW.minusSeconds(1));
        store.commit(declined6);
        LeaseReclaimer v6 = new LeaseReclaimer(store, clock, listener, LeaseFamily.V6);

        LeaseReclaimer.Cycle cycle = v6.reclaim(limits(100, Duration.ZERO, Duration.ZERO));

        assertEquals(1, cycle.reclaimed());
        assertEquals(1, cycle.recoveredDeclined());
        assertEquals(List.of(expired6), reclaimed);
        assertEquals(List.of(declined6), recovered);
        assertEquals(List.of(current6, expired4).stream().map(Lease::key).sorted().toList(),
            store.all().stream().map(Lease::key).sorted().toList());

        reclaimer.reclaim(limits(100, Duration.ZERO, Duration.ZERO));

        assertEquals(List.of(expired6, expired4), reclaimed);
        assertEquals(List.of(current6), List.copyOf(store.all()));
    }
}
