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
import org.takahe.dhcp.alloc.PrefixPool6Range;
import org.takahe.dhcp.alloc.Range6Scope;
import org.takahe.dhcp.alloc.Subnet4Scope;
import org.takahe.dhcp.config.Ipv4Prefix;
import org.takahe.dhcp.config.LeaseTimers;
import org.takahe.dhcp.config.Options4;
import org.takahe.dhcp.config.Pool4;
import org.takahe.dhcp.config.Subnet4;
import org.takahe.dhcp.config.v6.AddressPool6;
import org.takahe.dhcp.config.v6.Ipv6Prefix;
import org.takahe.dhcp.config.v6.PrefixPool6;
import org.takahe.dhcp.config.v6.Range6;
import org.takahe.dhcp.config.v6.Timers6;
import org.takahe.lease.Lease;
import org.takahe.lease.Lease4;
import org.takahe.lease.Lease6;
import org.takahe.lease.LeaseType;

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

    private static List<Subnet4Scope> scopes(List<Subnet4> subnets) {
        return subnets.stream().map(Subnet4Scope::new).toList();
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
        monitor.check(scopes(subnets), leases, NOW);
        assertTrue(raised.isEmpty(), "7 of 10 is below 80 %");

        lease(17, NOW.plusSeconds(3600));
        monitor.check(scopes(subnets), leases, NOW);
        assertEquals(List.of(new PoolUtilization("lan", "ten", 10, 8, 8)), raised);

        lease(18, NOW.plusSeconds(3600));
        monitor.check(scopes(subnets), leases, NOW);
        assertEquals(1, raised.size(), "still above: no second event");
    }

    @Test
    void fallingBelowReArmsSoTheNextCrossingRaisesAgain() {
        List<Subnet4> subnets = tenAddressPool(80);
        leaseAddresses(10, 8);
        monitor.check(scopes(subnets), leases, NOW);
        assertEquals(1, raised.size());

        leases.removeLast();
        monitor.check(scopes(subnets), leases, NOW);
        assertEquals(1, raised.size(), "falling below raises nothing");

        lease(17, NOW.plusSeconds(3600));
        monitor.check(scopes(subnets), leases, NOW);
        assertEquals(2, raised.size(), "re-armed: the second crossing is told too");
    }

    @Test
    void anExpiredLeaseNoLongerCountsAndItsExpiryIsWhenToLookAgain() {
        List<Subnet4> subnets = tenAddressPool(80);
        leaseAddresses(10, 7);
        Lease4 shortLived = lease(17, NOW.plusSeconds(30));

        Optional<Instant> lookAgain = monitor.check(scopes(subnets), leases, NOW);
        assertEquals(1, raised.size());
        assertEquals(Optional.of(shortLived.expires()), lookAgain);

        assertEquals(Optional.empty(), monitor.check(scopes(subnets), leases, shortLived.expires()),
            "below again, nothing to wait for");
        lease(19, NOW.plusSeconds(3600));
        monitor.check(scopes(subnets), leases, shortLived.expires());
        assertEquals(2, raised.size());
    }

    @Test
    void aDeclinedAddressCountsAsAllocated() {
        List<Subnet4> subnets = tenAddressPool(80);
        leaseAddresses(10, 7);
        leases.add(new Lease4(ip("198.18.0.19"), AllocationEngine.DECLINED, Optional.empty(), "lan", NOW, NOW,
            NOW.plusSeconds(3600), Optional.empty()));
        monitor.check(scopes(subnets), leases, NOW);
        assertEquals(List.of(new PoolUtilization("lan", "ten", 10, 8, 8)), raised);
    }

    @Test
    void theThresholdInAddressesIsRoundedUp() {
        List<Subnet4> subnets = tenAddressPool(75);
        leaseAddresses(10, 7);
        monitor.check(scopes(subnets), leases, NOW);
        assertTrue(raised.isEmpty(), "75 % of 10 is 7.5, so 8 addresses");
        lease(17, NOW.plusSeconds(3600));
        monitor.check(scopes(subnets), leases, NOW);
        assertEquals(8, raised.getFirst().thresholdAddresses());
    }

    @Test
    void aFullPoolAtOneHundredPercentRaisesAndZeroPercentNeverDoes() {
        leaseAddresses(10, 10);
        monitor.check(scopes(tenAddressPool(0)), leases, NOW);
        assertTrue(raised.isEmpty());
        monitor.check(scopes(tenAddressPool(100)), leases, NOW);
        assertEquals(List.of(new PoolUtilization("lan", "ten", 10, 10, 10)), raised);
    }

    @Test
    void aPoolRemovedFromTheConfigurationIsForgottenAndStartsArmedWhenItComesBack() {
        leaseAddresses(10, 9);
        monitor.check(scopes(tenAddressPool(80)), leases, NOW);
        monitor.check(scopes(List.of()), leases, NOW);
        monitor.check(scopes(tenAddressPool(80)), leases, NOW);
        assertEquals(2, raised.size());
    }

    /** Range "lan" (the DHCPv4 subnet's name too): four /56s of 2001:db8:100::/54 at max-pd-space-utilization 50 %. */
    private static Range6 prefixRange(int thresholdPercent) {
        PrefixPool6 pool = new PrefixPool6("pd", Ipv6Prefix.parse("2001:db8:100::/54"), 56, thresholdPercent,
            List.of(), Timers6.DEFAULTS, false, List.of());
        AddressPool6 addresses = new AddressPool6("ten", Ipv6Prefix.parse("2001:db8:1::/64"),
            Ipv6Prefix.parseAddress("2001:db8:1::10"), Ipv6Prefix.parseAddress("2001:db8:1::19"), 80, List.of(),
            Timers6.DEFAULTS, false, List.of());
        return new Range6("lan", Ipv6Prefix.parse("2001:db8:1::/64"), Optional.empty(), List.of(addresses),
            List.of(pool), List.of(), Timers6.DEFAULTS, false);
    }

    private static Lease6 delegated(String prefix, Instant expires) {
        return new Lease6(Ipv6Prefix.parseAddress(prefix), 56, LeaseType.PD, "0001" + prefix.hashCode(), 1,
            Optional.empty(), "lan", NOW, NOW, NOW, expires, Duration.ZERO, Duration.ZERO, Optional.empty());
    }

    @Test
    void prefixPoolIsWatchedAgainstItsDelegatedPrefixesBesideTheRangesAddressPool() {
        Range6 range = prefixRange(50);
        List<Range6Scope> scopes = List.of(Range6Scope.addresses(range), Range6Scope.prefixes(range));
        List<Lease> all = new ArrayList<>(List.of(delegated("2001:db8:100::", NOW.plusSeconds(60))));
        // The DHCPv4 subnet "lan" fills its pool "ten" to 80 %: nothing to do with the range's pool "ten".
        leaseAddresses(10, 8);
        all.addAll(leases);

        monitor.check(scopes, all, NOW);
        assertTrue(raised.isEmpty(), "one of four prefixes is below 50 %, no DHCPv6 address is leased");

        all.add(delegated("2001:db8:100:300::", NOW.plusSeconds(30)));
        Optional<Instant> lookAgain = monitor.check(scopes, all, NOW);

        assertEquals(List.of(new PoolUtilization("lan", "pd", 4, 2, 2, LeaseType.PD)), raised);
        assertEquals(Optional.of(NOW.plusSeconds(30)), lookAgain);
    }

    @Test
    void aPoolTooBigToCountIsWatchedWithoutOverflow() {
        PrefixPool6 huge = new PrefixPool6("huge", Ipv6Prefix.parse("2001:db8::/32"), 128, 90, List.of(),
            Timers6.DEFAULTS, false, List.of());
        assertEquals(Long.MAX_VALUE / 100 * 90 + 7, PoolUtilizationMonitor.thresholdOf(new PrefixPool6Range(huge)));
    }
}
