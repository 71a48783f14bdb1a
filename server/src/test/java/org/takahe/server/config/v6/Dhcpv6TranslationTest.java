package org.takahe.server.config.v6;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.Inet6Address;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
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

/** ietf-dhcpv6-server data through the real datastore and models, and the engine configuration it becomes. */
class Dhcpv6TranslationTest {
    /** The configuration of docs/dhcpv6.md's worked example (and /work/notes/v6-config-example.xml). */
    static final String EXAMPLE = """
        <config xmlns="urn:ietf:params:xml:ns:netconf:base:1.0">
          <dhcpv6-server xmlns="urn:ietf:params:xml:ns:yang:ietf-dhcpv6-server">
            <enabled>true</enabled>
            <option-sets><option-set><option-set-id>lan-options</option-set-id>
              <dns-servers-option xmlns="urn:takahe:params:xml:ns:yang:takahe-dhcpv6-server">
                <dns-server>2001:db8::53</dns-server></dns-servers-option>
            </option-set></option-sets>
            <allocation-ranges><allocation-range><id>lan</id><network-prefix>2001:db8:1::/64</network-prefix>
              <option-set-id>lan-options</option-set-id>
              <interface xmlns="urn:takahe:params:xml:ns:yang:takahe-dhcpv6-server">eth0</interface>
              <address-pools><address-pool><pool-id>lan-addresses</pool-id><pool-prefix>2001:db8:1::/64</pool-prefix>
                <start-address>2001:db8:1::100</start-address><end-address>2001:db8:1::1ff</end-address>
              </address-pool></address-pools>
              <prefix-pools><prefix-pool><pool-id>lan-prefixes</pool-id><pool-prefix>2001:db8:100::/40</pool-prefix>
                <client-prefix-length>56</client-prefix-length></prefix-pool></prefix-pools>
            </allocation-range></allocation-ranges>
          </dhcpv6-server>
          <server xmlns="urn:takahe:params:xml:ns:yang:takahe-server">
            <interfaces-config><dhcpv6-interface>eth0</dhcpv6-interface></interfaces-config>
          </server>
        </config>""";

    private final Dhcp6Datastore datastore;

    Dhcpv6TranslationTest(@TempDir Path data) throws Exception {
        datastore = new Dhcp6Datastore(data);
    }

    @Test
    void theWorkedExampleBecomesOneRangeWithAnAddressAndAPrefixPool() throws Exception {
        datastore.editConfig(EXAMPLE);
        datastore.commit();

        AddressPool6 addresses = new AddressPool6("lan-addresses", Ipv6Prefix.parse("2001:db8:1::/64"),
            address("2001:db8:1::100"), address("2001:db8:1::1ff"), 90, List.of(), Timers6.DEFAULTS, false, List.of());
        PrefixPool6 prefixes = new PrefixPool6("lan-prefixes", Ipv6Prefix.parse("2001:db8:100::/40"), 56, 90,
            List.of(), Timers6.DEFAULTS, false, List.of());
        Range6 lan = new Range6("lan", Ipv6Prefix.parse("2001:db8:1::/64"), Optional.of("eth0"), List.of(addresses),
            List.of(prefixes), List.of("lan-options"), Timers6.DEFAULTS, false);
        OptionSet6 options = new OptionSet6("lan-options",
            List.of(new Option6(23, HexFormat.of().parseHex("20010db8000000000000000000000053"))), false);
        Dhcp6Config expected = new Dhcp6Config(true, List.of("eth0"), Optional.empty(), List.of(), List.of(lan),
            Map.of("lan-options", options), List.of(), ExpiredLeasesProcessing.DEFAULTS, Duration.ofDays(1));
        assertEquals(expected, datastore.current());
        assertEquals(expected, datastore.applied().getLast(), "handed to the engine as it is kept");
    }

    @Test
    void keaDefaultLifetimesGiveHalfAndFourFifthsOfThePreferredLifetimeAsT1AndT2() {
        assertEquals(new Timers6(Duration.ofSeconds(7200), Duration.ofSeconds(3600), Duration.ofSeconds(1800),
            Duration.ofSeconds(2880)), Timers6.DEFAULTS);
    }

    @Test
    void eachLevelInheritsWhatItDoesNotSetFromTheLevelAbove() throws Exception {
        datastore.edit("""
            <option-sets><option-set><option-set-id>a</option-set-id></option-set>
              <option-set><option-set-id>b</option-set-id></option-set></option-sets>
            <allocation-ranges><option-set-id>a</option-set-id><valid-lifetime>10000</valid-lifetime>
              <preferred-lifetime>5000</preferred-lifetime><rapid-commit>true</rapid-commit>
              <allocation-range><id>lan</id><network-prefix>2001:db8:1::/64</network-prefix>
                <preferred-lifetime>4000</preferred-lifetime><renew-time>1000</renew-time>
                <address-pools><address-pool><pool-id>p</pool-id><pool-prefix>2001:db8:1::/64</pool-prefix>
                  <start-address>2001:db8:1::10</start-address><end-address>2001:db8:1::20</end-address>
                  <option-set-id>b</option-set-id><rebind-time>2000</rebind-time><rapid-commit>false</rapid-commit>
                  <host-reservations><host-reservation><reserved-addr>2001:db8:1::15</reserved-addr>
                    <client-duid>0003000102AABBCCDDEE</client-duid><option-set-id>a</option-set-id>
                    <valid-lifetime>9000</valid-lifetime></host-reservation></host-reservations>
                </address-pool></address-pools>
              </allocation-range></allocation-ranges>""");
        datastore.commit();

        Dhcp6Config config = datastore.current();
        Range6 lan = config.ranges().getFirst();
        AddressPool6 pool = lan.addressPools().getFirst();
        assertEquals(List.of("a"), config.globalOptionSetIds());
        assertEquals(new Timers6(seconds(10000), seconds(4000), seconds(1000), seconds(3200)), lan.timers(),
            "valid from allocation-ranges, T2 0.8 of the range's preferred lifetime");
        assertEquals(true, lan.rapidCommit());
        assertEquals(List.of(), lan.optionSetIds(), "each level keeps its own option sets");
        assertEquals(new Timers6(seconds(10000), seconds(4000), seconds(1000), seconds(2000)), pool.timers());
        assertEquals(false, pool.rapidCommit());
        assertEquals(List.of("b"), pool.optionSetIds());
        assertEquals(List.of(new AddressReservation6(address("2001:db8:1::15"), Optional.of("0003000102aabbccddee"),
            List.of("a"), new Timers6(seconds(9000), seconds(4000), seconds(1000), seconds(2000)))),
            pool.reservations());
    }

    @Test
    void serverWideSettingsAndTheDhcpv6InterfacesAreRead() throws Exception {
        datastore.editServer("<interfaces-config><dhcpv4-interface>eth9</dhcpv4-interface>"
            + "<dhcpv6-interface>eth1</dhcpv6-interface><dhcpv6-interface>eth2</dhcpv6-interface>"
            + "</interfaces-config>");
        datastore.edit("<enabled>false</enabled><server-duid>000200000009ABCD</server-duid>"
            + "<unicast-address xmlns=\"" + Dhcp6Datastore.TAKAHE_NS + "\">2001:db8::1</unicast-address>"
            + "<decline-probation-period xmlns=\"" + Dhcp6Datastore.TAKAHE_NS + "\">600</decline-probation-period>"
            + "<expired-leases-processing xmlns=\"" + Dhcp6Datastore.TAKAHE_NS + "\">"
            + "<reclaim-timer-wait-time>5</reclaim-timer-wait-time><max-reclaim-time>100</max-reclaim-time>"
            + "</expired-leases-processing>");
        datastore.commit();

        Dhcp6Config config = datastore.current();
        assertEquals(false, config.enabled());
        assertEquals(Set.of("eth1", "eth2"), Set.copyOf(config.interfaces()));
        assertEquals(Optional.of("000200000009abcd"), config.serverDuid());
        assertEquals(List.of(address("2001:db8::1")), config.unicastAddresses());
        assertEquals(Duration.ofMinutes(10), config.declineProbation());
        ExpiredLeasesProcessing defaults = ExpiredLeasesProcessing.DEFAULTS;
        assertEquals(new ExpiredLeasesProcessing(Duration.ofSeconds(5), defaults.maxReclaimLeases(),
            Duration.ofMillis(100), defaults.holdReclaimedTime(), defaults.unwarnedReclaimCycles()),
            config.expiredLeases());
    }

    @Test
    void reservedPrefixesAreThePoolsOwn() throws Exception {
        datastore.edit("""
            <allocation-ranges><allocation-range><id>lan</id><network-prefix>2001:db8:1::/64</network-prefix>
              <prefix-pools><prefix-pool><pool-id>pd</pool-id><pool-prefix>2001:db8:100::/40</pool-prefix>
                <client-prefix-length>56</client-prefix-length><valid-lifetime>8000</valid-lifetime>
                <host-reservations><prefix-reservation><reserved-prefix>2001:db8:100:ff00::/56</reserved-prefix>
                  <client-duid>00030001020000000001</client-duid><reserved-prefix-len>56</reserved-prefix-len>
                </prefix-reservation></host-reservations>
              </prefix-pool></prefix-pools></allocation-range></allocation-ranges>""");
        datastore.commit();

        PrefixPool6 pool = datastore.current().ranges().getFirst().prefixPools().getFirst();
        assertEquals(List.of(new PrefixReservation6(Ipv6Prefix.parse("2001:db8:100:ff00::/56"),
            Optional.of("00030001020000000001"))), pool.reservations());
        assertEquals(new Timers6(seconds(8000), seconds(3600), seconds(1800), seconds(2880)), pool.timers());
    }

    @Test
    void withoutAnyDhcpv6ConfigurationNothingIsServed() throws Exception {
        datastore.editServer("<interfaces-config><dhcpv4-interface>eth0</dhcpv4-interface></interfaces-config>");
        datastore.commit();

        assertEquals(List.of(), datastore.current().interfaces());
        assertEquals(List.of(), datastore.current().ranges());
    }

    static Inet6Address address(String text) {
        return Ipv6Prefix.parseAddress(text);
    }

    private static Duration seconds(long seconds) {
        return Duration.ofSeconds(seconds);
    }
}
