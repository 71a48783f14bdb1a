package org.takahe.dhcp.v6;

import java.net.Inet6Address;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.takahe.dhcp.config.ExpiredLeasesProcessing;
import org.takahe.dhcp.config.v6.AddressPool6;
import org.takahe.dhcp.config.v6.AddressReservation6;
import org.takahe.dhcp.config.v6.Dhcp6Config;
import org.takahe.dhcp.config.v6.Ipv6Prefix;
import org.takahe.dhcp.config.v6.Option6;
import org.takahe.dhcp.config.v6.OptionSet6;
import org.takahe.dhcp.config.v6.PrefixPool6;
import org.takahe.dhcp.config.v6.PrefixReservation6;
import org.takahe.dhcp.config.v6.Range6;
import org.takahe.dhcp.config.v6.Timers6;

/** DHCPv6 configurations for tests: link 2001:db8:1::/64 ("lan"), pool ::100 to ::1ff, /56s from 2001:db8:100::/48. */
public final class V6Configs {
    public static final Timers6 TIMERS = new Timers6(Duration.ofSeconds(600), Duration.ofSeconds(400),
        Duration.ofSeconds(200), Duration.ofSeconds(320));
    public static final String LAN_PREFIX = "2001:db8:1::/64";
    public static final String POOL_FIRST = "2001:db8:1::100";
    public static final String POOL_LAST = "2001:db8:1::1ff";
    public static final String PD_POOL = "2001:db8:100::/48";
    public static final int PD_LENGTH = 56;
    public static final Inet6Address DNS = ip("2001:db8:1::53");

    private V6Configs() {
    }

    public static Inet6Address ip(String text) {
        return Ipv6Prefix.parseAddress(text);
    }

    public static AddressPool6 addressPool(String id, String first, String last, AddressReservation6... reserved) {
        return new AddressPool6(id, Ipv6Prefix.parse("2001:db8:1::/64"), ip(first), ip(last), 0, List.of(), TIMERS,
            false, List.of(reserved));
    }

    public static PrefixPool6 prefixPool(String id, String prefix, int length, PrefixReservation6... reserved) {
        return new PrefixPool6(id, Ipv6Prefix.parse(prefix), length, 0, List.of(), TIMERS, false, List.of(reserved));
    }

    /** The range "lan": pool ::100 to ::1ff, /56 prefixes from 2001:db8:100::/48, option set "lan". */
    public static Range6 lan() {
        return range("lan", LAN_PREFIX, addressPool("lan-pool", POOL_FIRST, POOL_LAST),
            prefixPool("lan-pd", PD_POOL, PD_LENGTH));
    }

    public static Range6 range(String id, String prefix, AddressPool6 addresses, PrefixPool6 prefixes) {
        return new Range6(id, Ipv6Prefix.parse(prefix), Optional.empty(), List.of(addresses), List.of(prefixes),
            List.of("lan"), TIMERS, false);
    }

    /** Option set "lan": DNS 2001:db8:1::53, preference 10, information refresh time 1800 s. */
    public static OptionSet6 lanOptions() {
        return new OptionSet6("lan", List.of(new Option6(23, DNS.getAddress()), new Option6(7, new byte[] {10}),
            new Option6(32, ByteBuffer.allocate(4).putInt(1800).array())), false);
    }

    public static Dhcp6Config config(Range6... ranges) {
        return config(List.of(lanOptions()), List.of(), ranges);
    }

    public static Dhcp6Config config(List<OptionSet6> sets, List<String> global, Range6... ranges) {
        return new Dhcp6Config(true, List.of("lan0"), Optional.empty(), List.of(), List.of(ranges),
            sets.stream().collect(Collectors.toMap(OptionSet6::id, s -> s)), global,
            ExpiredLeasesProcessing.DEFAULTS, Duration.ofHours(1));
    }

    public static Map<String, OptionSet6> sets(OptionSet6... sets) {
        return Arrays.stream(sets).collect(Collectors.toMap(OptionSet6::id, s -> s));
    }
}
