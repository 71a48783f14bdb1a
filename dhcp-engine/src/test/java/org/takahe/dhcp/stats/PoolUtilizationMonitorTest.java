package org.takahe.dhcp.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.takahe.dhcp.testing.TestConfigs.ip;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.takahe.dhcp.alloc.AllocationEngine;
import org.takahe.dhcp.config.Ipv4Prefix;
import org.takahe.dhcp.config.LeaseTimers;
import org.takahe.dhcp.config.Options4;
import org.takahe.dhcp.config.Pool4;
import org.takahe.dhcp.config.Subnet4;
import org.takahe.lease.Lease4;

/** Threshold crossings: once per upward crossing, re-armed below, expiry counts, 0 % watches nothing. */
class PoolUtilizationMonitorTest {
    private static final Instant NOW = Instant.parse("2025-06-01T12:00:00Z");

    private final List<PoolUtilization> raised = new ArrayList<>();
    private final PoolUtilizationMonitor monitor = new PoolUtilizationMonitor(raised::add);
    private final List<Lease4> leases = new ArrayList<>();

    /** Subnet lan with pool "ten" of ten addresses, 198.18.0.10-19, at this threshold. */
    private static List<Subnet4> tenAddressPool(int thresholdPercent) {
        Pool4 pool = new Pool4("ten", ip("198.18.0.10"), ip("198.18.0.19"), Optional.empty(), Options4.none(),
            Optional.empty(), thresholdPercent);
        return List.of(new Subnet4("lan", Ipv4Prefix.parse("198.18.0.0/24"), List.of(pool), Options4.none(),
            LeaseTimers.forLifetime(Duration.ofHours(1))));
    }

    private Lease4 lease(int lastOctet, Instant expires) {
        Lease4 lease = new Lease4(ip("198.18.0." + lastOctet), String.format("52:54:00:00:00:%02x", lastOctet),
            Optional.empty(), "lan", NOW, NOW, expires, Optional.empty());
        leases.add(lease);
        return lease;
    }

    private void leaseAddresses(int from, int count) {
        for (int i = 0; i < count; i++) {
            lease(from + i, NOW.plusSeconds(3600));
        }
    }

    @Test
    void reachingTheThresholdRaisesOneEventAndGoingFurtherRaisesNoMore() {
        List<Subnet4> subnets = tenAddressPool(80);
        leaseAddresses(10, 7);
        monitor.check(subnets, leases, NOW);
        assertTrue(raised.isEmpty(), "7 of 10 is below 80 %");

        lease(17, NOW.plusSeconds(3600));
        monitor.check(subnets, leases, NOW);
        assertEquals(List.of(new PoolUtilization("lan", "ten", 10, 8, 8)), raised);

        lease(18, NOW.plusSeconds(3600));
        monitor.check(subnets, leases, NOW);
        assertEquals(1, raised.size(), "still above: no second event");
    }

    @Test
    void fallingBelowReArmsSoTheNextCrossingRaisesAgain() {
        List<Subnet4> subnets = tenAddressPool(80);
        leaseAddresses(10, 8);
        monitor.check(subnets, leases, NOW);
        assertEquals(1, raised.size());

        leases.removeLast();
        monitor.check(subnets, leases, NOW);
        assertEquals(1, raised.size(), "falling below raises nothing");

        lease(17, NOW.plusSeconds(3600));
        monitor.check(subnets, leases, NOW);
        assertEquals(2, raised.size(), "re-armed: the second crossing is told too");
    }

    @Test
    void anExpiredLeaseNoLongerCountsAndItsExpiryIsWhenToLookAgain() {
        List<Subnet4> subnets = tenAddressPool(80);
        leaseAddresses(10, 7);
        Lease4 shortLived = lease(17, NOW.plusSeconds(30));

        Optional<Instant> lookAgain = monitor.check(subnets, leases, NOW);
        assertEquals(1, raised.size());
        assertEquals(Optional.of(shortLived.expires()), lookAgain);

        assertEquals(Optional.empty(), monitor.check(subnets, leases, shortLived.expires()),
            "below again, nothing to wait for");
        lease(19, NOW.plusSeconds(3600));
        monitor.check(subnets, leases, shortLived.expires());
        assertEquals(2, raised.size());
    }

    @Test
    void aDeclinedAddressCountsAsAllocated() {
        List<Subnet4> subnets = tenAddressPool(80);
        leaseAddresses(10, 7);
        leases.add(new Lease4(ip("198.18.0.19"), AllocationEngine.DECLINED, Optional.empty(), "lan", NOW, NOW,
            NOW.plusSeconds(3600), Optional.empty()));
        monitor.check(subnets, leases, NOW);
        assertEquals(List.of(new PoolUtilization("lan", "ten", 10, 8, 8)), raised);
    }

    @Test
    void theThresholdInAddressesIsRoundedUp() {
        List<Subnet4> subnets = tenAddressPool(75);
        leaseAddresses(10, 7);
        monitor.check(subnets, leases, NOW);
        assertTrue(raised.isEmpty(), "75 % of 10 is 7.5, so 8 addresses");
        lease(17, NOW.plusSeconds(3600));
        monitor.check(subnets, leases, NOW);
        assertEquals(8, raised.getFirst().thresholdAddresses());
    }

    @Test
    void aFullPoolAtOneHundredPercentRaisesAndZeroPercentNeverDoes() {
        leaseAddresses(10, 10);
        monitor.check(tenAddressPool(0), leases, NOW);
        assertTrue(raised.isEmpty());
        monitor.check(tenAddressPool(100), leases, NOW);
        assertEquals(List.of(new PoolUtilization("lan", "ten", 10, 10, 10)), raised);
    }

    @Test
    void aPoolRemovedFromTheConfigurationIsForgottenAndStartsArmedWhenItComesBack() {
        leaseAddresses(10, 9);
        monitor.check(tenAddressPool(80), leases, NOW);
        monitor.check(List.of(), leases, NOW);
        monitor.check(tenAddressPool(80), leases, NOW);
        assertEquals(2, raised.size());
    }
}
