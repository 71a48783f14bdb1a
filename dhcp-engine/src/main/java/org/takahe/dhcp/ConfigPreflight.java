package org.takahe.dhcp;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;
import org.takahe.dhcp.config.DhcpConfig;
import org.takahe.dhcp.config.Ipv4Prefix;
import org.takahe.dhcp.config.Ipv4Prefix.Ipv4;
import org.takahe.dhcp.config.LeaseTimers;
import org.takahe.dhcp.config.Pool4;
import org.takahe.dhcp.config.SharedNetwork4;
import org.takahe.dhcp.config.Subnet4;

/** What the engine refuses to serve, checked before a configuration is committed. */
final class ConfigPreflight {

    private record PlacedPool(Subnet4 subnet, Pool4 pool, int start, int end) {
        String describe() {
            return "pool " + pool.id() + " " + pool.start().getHostAddress() + "-" + pool.end().getHostAddress();
        }
    }

    private ConfigPreflight() {
    }

    static List<ConfigProblem> check(DhcpConfig config) {
        List<ConfigProblem> problems = new ArrayList<>();
        List<PlacedPool> pools = new ArrayList<>();
        for (Subnet4 subnet : config.subnets()) {
            checkTimers(subnet, problems);
            ReservationPreflight.check(subnet, problems);
            for (Pool4 pool : subnet.pools()) {
                PlacedPool placed = new PlacedPool(subnet, pool, Ipv4.toInt(pool.start()), Ipv4.toInt(pool.end()));
                if (Integer.compareUnsigned(placed.start(), placed.end()) > 0) {
                    problems.add(poolProblem(placed, placed.describe() + " starts after it ends"));
                } else if (!subnet.prefix().contains(placed.start()) || !subnet.prefix().contains(placed.end())) {
                    problems.add(poolProblem(placed, placed.describe() + " lies outside subnet " + subnet.id() + " "
                        + subnet.prefix()));
                } else {
                    pools.add(placed);
                }
            }
        }
        checkSubnetOverlaps(config.subnets(), problems);
        checkPoolOverlaps(pools, problems);
        checkSharedNetworkMembers(config, problems);
        return List.copyOf(problems);
    }

    /**
     * A shared network is one link: each member must be a configured subnet, and a subnet on one link
     * only. (Members cannot overlap: no two subnets may.)
     */
    private static void checkSharedNetworkMembers(DhcpConfig config, List<ConfigProblem> problems) {
        Set<String> subnetIds = config.subnets().stream().map(Subnet4::id).collect(Collectors.toSet());
        Map<String, String> networkOfSubnet = new HashMap<>();
        for (SharedNetwork4 network : config.sharedNetworks()) {
            for (String member : network.subnetIds()) {
                if (!subnetIds.contains(member)) {
                    problems.add(new ConfigProblem(member, Optional.empty(), "shared network " + network.name()
                        + " names subnet " + member + ", which is not configured"));
                    continue;
                }
                String other = networkOfSubnet.putIfAbsent(member, network.name());
                if (other != null) {
                    problems.add(new ConfigProblem(member, Optional.empty(), "subnet " + member
                        + " is in shared networks " + other + " and " + network.name()
                        + "; it can be on one link only"));
                }
            }
        }
    }

    /** T1 &lt; T2 &lt; valid lifetime (RFC 2131 §4.4.5), for the subnet and for every pool that sets its own timers. */
    private static void checkTimers(Subnet4 subnet, List<ConfigProblem> problems) {
        for (String problem : timerProblems(subnet.timers(), "subnet " + subnet.id())) {
            problems.add(new ConfigProblem(subnet.id(), Optional.empty(), problem));
        }
        for (Pool4 pool : subnet.pools()) {
            List<String> poolProblems = pool.timers()
                .map(timers -> timerProblems(timers, "pool " + pool.id() + " of subnet " + subnet.id()))
                .orElse(List.of());
            for (String problem : poolProblems) {
                problems.add(new ConfigProblem(subnet.id(), Optional.of(pool.id()), problem));
            }
        }
    }

    private static List<String> timerProblems(LeaseTimers timers, String where) {
        List<String> problems = new ArrayList<>();
        if (timers.renewTime().compareTo(timers.rebindTime()) >= 0) {
            problems.add(where + ": renew time (T1) " + timers.renewTime().toSeconds()
                + " s is not below rebind time (T2) " + timers.rebindTime().toSeconds() + " s");
        }
        if (timers.rebindTime().compareTo(timers.validLifetime()) >= 0) {
            problems.add(where + ": rebind time (T2) " + timers.rebindTime().toSeconds()
                + " s is not below valid lifetime " + timers.validLifetime().toSeconds() + " s");
        }
        return problems;
    }

    private static void checkSubnetOverlaps(List<Subnet4> subnets, List<ConfigProblem> problems) {
        List<Span<Subnet4>> spans = subnets.stream()
            .map(s -> new Span<>(s, s.prefix().network(), s.prefix().network() | ~s.prefix().mask())).toList();
        forEachOverlap(spans, (earlier, later) -> problems.add(new ConfigProblem(later.id(), Optional.empty(),
            "subnet " + later.id() + " " + later.prefix() + " overlaps subnet " + earlier.id() + " " + earlier.prefix())));
    }

    private static void checkPoolOverlaps(List<PlacedPool> pools, List<ConfigProblem> problems) {
        List<Span<PlacedPool>> spans = pools.stream().map(p -> new Span<>(p, p.start(), p.end())).toList();
        forEachOverlap(spans, (earlier, later) -> problems.add(poolProblem(later, later.describe() + " in subnet "
            + later.subnet().id() + " overlaps " + earlier.describe() + " in subnet " + earlier.subnet().id())));
    }

    /** An inclusive range of addresses (unsigned) and what it belongs to. */
    private record Span<T>(T owner, int start, int end) {
    }

    /**
     * Sorted by start, a span overlaps an earlier one exactly when it starts at or before the furthest end
     * seen so far: one pass after the sort, where comparing every pair would be quadratic in 10,000 subnets.
     */
    private static <T> void forEachOverlap(List<Span<T>> spans, BiConsumer<T, T> overlapping) {
        List<Span<T>> sorted = spans.stream().sorted(Comparator.<Span<T>, Integer>comparing(Span::start,
            Integer::compareUnsigned)).toList();
        Span<T> furthest = null;
        for (Span<T> span : sorted) {
            if (furthest != null && Integer.compareUnsigned(span.start(), furthest.end()) <= 0) {
                overlapping.accept(furthest.owner(), span.owner());
            }
            if (furthest == null || Integer.compareUnsigned(span.end(), furthest.end()) > 0) {
                furthest = span;
            }
        }
    }

    private static ConfigProblem poolProblem(PlacedPool pool, String message) {
        return new ConfigProblem(pool.subnet().id(), Optional.of(pool.pool().id()), message);
    }
}
