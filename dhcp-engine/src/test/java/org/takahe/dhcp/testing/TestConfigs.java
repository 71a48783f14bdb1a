package org.takahe.dhcp.testing;

import java.net.Inet4Address;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.takahe.dhcp.config.ConfiguredOption;
import org.takahe.dhcp.config.DhcpConfig;
import org.takahe.dhcp.config.Ipv4Prefix;
import org.takahe.dhcp.config.Ipv4Prefix.Ipv4;
import org.takahe.dhcp.config.LeaseTimers;
import org.takahe.dhcp.config.OptionConfig4;
import org.takahe.dhcp.config.OptionSet4;
import org.takahe.dhcp.config.Options4;
import org.takahe.dhcp.config.Pool4;
import org.takahe.dhcp.config.Subnet4;
import org.takahe.dhcp.wire.Octets;
import org.takahe.dhcp.wire.StandardOptions;

/** Configurations on the benchmarking range 198.18.0.0/15 (and loopback for socket tests). */
public final class TestConfigs {
    public static final Duration LIFETIME = Duration.ofHours(1);

    private TestConfigs() {
    }

    public static Inet4Address ip(String dotted) {
        return Ipv4.parse(dotted);
    }

    /** A subnet whose option set (named like the subnet, see {@link #withSubnetOptions}) gives router, DNS, domain. */
    public static Subnet4 subnet(String id, String prefix, String poolStart, String poolEnd) {
        return new Subnet4(id, Ipv4Prefix.parse(prefix), List.of(new Pool4(id + "-pool", ip(poolStart), ip(poolEnd))),
            Options4.of(id), LeaseTimers.forLifetime(LIFETIME));
    }

    /**
     * The configuration with an option set for each subnet, named like it: router at the subnet's first
     * address, DNS server 198.18.255.53, domain example.test.
     */
    public static DhcpConfig withSubnetOptions(DhcpConfig config) {
        Map<String, OptionSet4> sets = new HashMap<>();
        for (Subnet4 subnet : config.subnets()) {
            Inet4Address router = Ipv4.fromInt(subnet.prefix().network() + 1);
            sets.put(subnet.id(), new OptionSet4(subnet.id(), List.of(
                ConfiguredOption.of(StandardOptions.ROUTERS.code(), Octets.of(router.getAddress())),
                ConfiguredOption.of(StandardOptions.DOMAIN_NAME_SERVERS.code(),
                    Octets.of(ip("198.18.255.53").getAddress())),
                ConfiguredOption.of(StandardOptions.DOMAIN_NAME.code(), Octets.of("example.test".getBytes(
                    StandardCharsets.US_ASCII))))));
        }
        return config.withOptions(new OptionConfig4(sets, Options4.none(), List.of()));
    }

    /** lan: 198.18.0.0/24 pool .10-.20; branch: 198.18.1.0/24 pool .10-.20 (reached through a relay). */
    public static DhcpConfig twoSubnets(String... interfaces) {
        return withSubnetOptions(new DhcpConfig(List.of(interfaces), Optional.empty(), List.of(
            subnet("lan", "198.18.0.0/24", "198.18.0.10", "198.18.0.20"),
            subnet("branch", "198.18.1.0/24", "198.18.1.10", "198.18.1.20"))));
    }
}
