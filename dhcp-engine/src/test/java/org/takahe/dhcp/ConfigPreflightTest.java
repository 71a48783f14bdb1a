package org.takahe.dhcp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.takahe.dhcp.testing.TestConfigs.ip;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.takahe.dhcp.config.DhcpConfig;
import org.takahe.dhcp.config.Ipv4Prefix;
import org.takahe.dhcp.config.LeaseTimers;
import org.takahe.dhcp.config.Options4;
import org.takahe.dhcp.config.Pool4;
import org.takahe.dhcp.config.Subnet4;
import org.takahe.dhcp.testing.FakeLeaseStore;
import org.takahe.dhcp.testing.TestConfigs;

class ConfigPreflightTest {
    private static final LeaseTimers TIMERS = LeaseTimers.forLifetime(Duration.ofHours(1));

    private static Subnet4 subnet(String id, String prefix, List<Pool4> pools, LeaseTimers timers) {
        return new Subnet4(id, Ipv4Prefix.parse(prefix), pools, Options4.none(), timers);
    }

    private static Pool4 pool(String id, String start, String end) {
        return new Pool4(id, ip(start), ip(end));
    }

    private static List<ConfigProblem> check(Subnet4... subnets) {
        return ConfigPreflight.check(new DhcpConfig(List.of("eth0"), Optional.empty(), List.of(subnets)));
    }

    @Test
    void soundConfigurationHasNoProblems() {
        assertEquals(List.of(), ConfigPreflight.check(TestConfigs.twoSubnets("eth0")));
    }

    @Test
    void poolOutsideItsSubnetIsNamedWithItsValues() {
        assertEquals(List.of(new ConfigProblem("lan", Optional.of("lan-pool"),
                "pool lan-pool 198.18.1.10-198.18.1.20 lies outside subnet lan 198.18.0.0/24")),
            check(subnet("lan", "198.18.0.0/24", List.of(pool("lan-pool", "198.18.1.10", "198.18.1.20")), TIMERS)));
    }

    @Test
    void poolStartingAfterItsEndIsRefused() {
        assertEquals(List.of(new ConfigProblem("lan", Optional.of("p"),
                "pool p 198.18.0.20-198.18.0.10 starts after it ends")),
            check(subnet("lan", "198.18.0.0/24", List.of(pool("p", "198.18.0.20", "198.18.0.10")), TIMERS)));
    }

    @Test
    void overlappingPoolsAreRefused() {
        assertEquals(List.of(new ConfigProblem("lan", Optional.of("b"),
                "pool b 198.18.0.15-198.18.0.30 in subnet lan overlaps pool a 198.18.0.10-198.18.0.20 in subnet lan")),
            check(subnet("lan", "198.18.0.0/24", List.of(pool("a", "198.18.0.10", "198.18.0.20"),
                pool("b", "198.18.0.15", "198.18.0.30")), TIMERS)));
    }

    @Test
    void overlappingSubnetsAreRefused() {
        assertEquals(List.of(new ConfigProblem("inner", Optional.empty(),
                "subnet inner 198.18.0.128/25 overlaps subnet outer 198.18.0.0/24")),
            check(subnet("outer", "198.18.0.0/24", List.of(), TIMERS),
                subnet("inner", "198.18.0.128/25", List.of(), TIMERS)));
    }

    @Test
    void renewTimeMustBeBelowRebindTime() {
        assertEquals(List.of(new ConfigProblem("lan", Optional.empty(),
                "subnet lan: renew time (T1) 90 s is not below rebind time (T2) 80 s")),
            check(subnet("lan", "198.18.0.0/24", List.of(),
                new LeaseTimers(Duration.ofSeconds(100), Duration.ofSeconds(90), Duration.ofSeconds(80)))));
    }

    @Test
    void rebindTimeMustBeBelowTheLifetime() {
        assertEquals(List.of(new ConfigProblem("lan", Optional.empty(),
                "subnet lan: rebind time (T2) 100 s is not below valid lifetime 100 s")),
            check(subnet("lan", "198.18.0.0/24", List.of(),
                new LeaseTimers(Duration.ofSeconds(100), Duration.ofSeconds(50), Duration.ofSeconds(100)))));
    }

    @Test
    void aPoolsOwnTimersAreCheckedAndTheProblemNamesThePool() {
        Pool4 slow = new Pool4("slow", ip("198.18.0.10"), ip("198.18.0.20"), Optional.empty(), Options4.none(),
            Optional.of(new LeaseTimers(Duration.ofSeconds(600), Duration.ofSeconds(300), Duration.ofSeconds(600))),
            Pool4.DEFAULT_UTILIZATION_THRESHOLD);
        assertEquals(List.of(new ConfigProblem("lan", Optional.of("slow"),
                "pool slow of subnet lan: rebind time (T2) 600 s is not below valid lifetime 600 s")),
            check(subnet("lan", "198.18.0.0/24", List.of(slow), TIMERS)));
    }

    @Test
    void engineRefusesToApplyAConfigurationWithProblems() {
        try (DhcpEngine engine = new DhcpEngine(EngineSettings.defaults().withPorts(0, 68),
                new FakeLeaseStore())) {
            DhcpConfig bad = new DhcpConfig(List.of(), Optional.empty(), List.of(subnet("lan", "198.18.0.0/24",
                List.of(pool("p", "198.18.0.20", "198.18.0.10")), TIMERS)));
            ConfigRejectedException rejected = assertThrows(ConfigRejectedException.class, () -> engine.apply(bad));
            assertEquals(engine.preflight(bad), rejected.problems());
        }
    }
}
