package org.takahe.dhcp.testing;

import java.net.Inet4Address;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.takahe.dhcp.config.DhcpConfig;
import org.takahe.dhcp.config.Ipv4Prefix;
import org.takahe.dhcp.config.Ipv4Prefix.Ipv4;
import org.takahe.dhcp.config.LeaseTimers;
import org.takahe.dhcp.config.Options4;
import org.takahe.dhcp.config.Pool4;
import org.takahe.dhcp.config.Subnet4;

/** Configurations on the benchmarking range 198.18.0.0/15 (and loopback for socket tests). */
public final class TestConfigs {
    public static final Duration LIFETIME = Duration.ofHours(1);

    private TestConfigs() {
    }

    public static Inet4Address ip(String dotted) {
        return Ipv4.parse(dotted);
    }

    public static Subnet4 subnet(String id, String prefix, String poolStart, String poolEnd) {
        return new Subnet4(id, Ipv4Prefix.parse(prefix), List.of(new Pool4(id + "-pool", ip(poolStart), ip(poolEnd))),
            new Options4(List.of(ip(prefix.substring(0, prefix.lastIndexOf('.')) + ".1")),
                List.of(ip("198.18.255.53")), Optional.of("example.test")),
            LeaseTimers.forLifetime(LIFETIME));
    }

    /** lan: 198.18.0.0/24 pool .10-.20; branch: 198.18.1.0/24 pool .10-.20 (reached through a relay). */
    public static DhcpConfig twoSubnets(String... interfaces) {
        return new DhcpConfig(List.of(interfaces), Optional.empty(), List.of(
            subnet("lan", "198.18.0.0/24", "198.18.0.10", "198.18.0.20"),
            subnet("branch", "198.18.1.0/24", "198.18.1.10", "198.18.1.20")));
    }
}
