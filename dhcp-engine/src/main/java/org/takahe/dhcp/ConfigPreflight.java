package org.takahe.dhcp;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.takahe.dhcp.config.DhcpConfig;
import org.takahe.dhcp.config.Ipv4Prefix;
import org.takahe.dhcp.config.Ipv4Prefix.Ipv4;
import org.takahe.dhcp.config.LeaseTimers;
import org.takahe.dhcp.config.Pool4;
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
        return List.copyOf(problems);
    }

    private static void checkTimers(Subnet4 subnet, List<ConfigProblem> problems) {
        LeaseTimers timers = subnet.timers();
        if (timers.renewTime().compareTo(timers.rebindTime()) >= 0) {
            problems.add(new ConfigProblem(subnet.id(), Optional.empty(), "subnet " + subnet.id() + ": renew time (T1) "
                + timers.renewTime().toSeconds() + " s is not below rebind time (T2) " + timers.rebindTime().toSeconds()
                + " s"));
        }
        if (timers.rebindTime().compareTo(timers.validLifetime()) >= 0) {
            problems.add(new ConfigProblem(subnet.id(), Optional.empty(), "subnet " + subnet.id()
                + ": rebind time (T2) " + timers.rebindTime().toSeconds() + " s is not below valid lifetime "
                + timers.validLifetime().toSeconds() + " s"));
        }
    }

    private static void checkSubnetOverlaps(List<Subnet4> subnets, List<ConfigProblem> problems) {
        for (int i = 0; i < subnets.size(); i++) {
            for (int j = i + 1; j < subnets.size(); j++) {
                Ipv4Prefix a = subnets.get(i).prefix();
                Ipv4Prefix b = subnets.get(j).prefix();
                if (a.contains(b.network()) || b.contains(a.network())) {
                    problems.add(new ConfigProblem(subnets.get(j).id(), Optional.empty(), "subnet "
                        + subnets.get(j).id() + " " + b + " overlaps subnet " + subnets.get(i).id() + " " + a));
                }
            }
        }
    }

    /** Sorted by start, a pool overlaps an earlier one exactly when it starts before the furthest end so far. */
    private static void checkPoolOverlaps(List<PlacedPool> pools, List<ConfigProblem> problems) {
        List<PlacedPool> sorted = pools.stream()
            .sorted(Comparator.comparing(PlacedPool::start, Integer::compareUnsigned)).toList();
        PlacedPool furthest = null;
        for (PlacedPool pool : sorted) {
            if (furthest != null && Integer.compareUnsigned(pool.start(), furthest.end()) <= 0) {
                problems.add(poolProblem(pool, pool.describe() + " in subnet " + pool.subnet().id() + " overlaps "
                    + furthest.describe() + " in subnet " + furthest.subnet().id()));
            }
            if (furthest == null || Integer.compareUnsigned(pool.end(), furthest.end()) > 0) {
                furthest = pool;
            }
        }
    }

    private static ConfigProblem poolProblem(PlacedPool pool, String message) {
        return new ConfigProblem(pool.subnet().id(), Optional.of(pool.pool().id()), message);
    }
}
