package org.takahe.dhcp.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.takahe.dhcp.testing.TestConfigs.ip;

import java.time.Duration;
import java.time.Instant;
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

/** Kea's total/assigned/declined addresses, per subnet and per pool. */
class LeaseUsageTest {
    private static final Instant NOW = Instant.parse("2025-06-01T12:00:00Z");

    private static Lease4 lease(String address, String hardwareAddress, String subnet, Instant expires) {
        return new Lease4(ip(address), hardwareAddress, Optional.empty(), subnet, NOW, NOW, expires, Optional.empty());
    }

    @Test
    void countsUnexpiredLeasesAndDeclinedAddressesPerSubnetAndPool() {
        Subnet4 lan = new Subnet4("lan", Ipv4Prefix.parse("198.18.0.0/24"), List.of(
            new Pool4("a", ip("198.18.0.10"), ip("198.18.0.19")),
            new Pool4("b", ip("198.18.0.100"), ip("198.18.0.199"))), Options4.none(),
            LeaseTimers.forLifetime(Duration.ofHours(1)));
        Instant later = NOW.plusSeconds(60);
        List<Lease4> leases = List.of(
            lease("198.18.0.10", "52:54:00:00:00:01", "lan", later),
            lease("198.18.0.11", AllocationEngine.DECLINED, "lan", later),
            lease("198.18.0.12", "52:54:00:00:00:02", "lan", NOW),
            lease("198.18.0.150", "52:54:00:00:00:03", "lan", later),
            lease("198.18.0.5", "52:54:00:00:00:04", "lan", later),
            lease("198.18.1.10", "52:54:00:00:00:05", "gone", later));

        LeaseUsage usage = LeaseUsage.count(List.of(lan), leases, NOW);

        assertEquals(new AddressUsage(10, 2, 1), usage.pool("lan", "a"), "the lease ending now has expired");
        assertEquals(new AddressUsage(100, 1, 0), usage.pool("lan", "b"));
        assertEquals(new AddressUsage(110, 4, 1), usage.subnet("lan"), "the reserved address outside the pools counts");
        assertEquals(AddressUsage.NONE, usage.subnet("gone"), "leases of unconfigured subnets are ignored");
    }
}
