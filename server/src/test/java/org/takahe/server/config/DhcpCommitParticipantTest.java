package org.takahe.server.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.takahe.datastore.CommitVetoException;
import org.takahe.datastore.DatastoreException;
import org.takahe.dhcp.config.ConfiguredOption;
import org.takahe.dhcp.config.DhcpConfig;
import org.takahe.dhcp.config.Ipv4Prefix;
import org.takahe.dhcp.config.LeaseTimers;
import org.takahe.dhcp.config.OptionConfig4;
import org.takahe.dhcp.config.OptionSet4;
import org.takahe.dhcp.config.Options4;
import org.takahe.dhcp.config.Pool4;
import org.takahe.dhcp.config.SharedNetwork4;
import org.takahe.dhcp.config.Subnet4;
import org.takahe.dhcp.exchange.OptionLevel;
import org.takahe.dhcp.exchange.OptionResolver;
import org.takahe.dhcp.exchange.OptionScope;
import org.takahe.dhcp.exchange.ResolvedOptions;
import org.takahe.dhcp.wire.OptionKey;
import org.takahe.dhcp.wire.Octets;

/** The datastore, the real YANG models and the engine together: what a commit turns into, and what it refuses. */
class DhcpCommitParticipantTest {
    @AutoClose
    private final EngineDatastore datastore;

    DhcpCommitParticipantTest(@TempDir Path data) throws Exception {
        datastore = EngineDatastore.open(data);
    }

    @Test
    void exampleStartupBecomesTheEngineConfiguration() {
        Subnet4 lan = new Subnet4("lan", Ipv4Prefix.parse("198.18.0.0/24"),
            List.of(new Pool4("lan-pool", Ipv4Prefix.Ipv4.parse("198.18.0.100"), Ipv4Prefix.Ipv4.parse("198.18.0.199"))),
            Options4.of("lan-options"), LeaseTimers.forLifetime(Duration.ofSeconds(3600)));
        OptionSet4 lanOptions = new OptionSet4("lan-options", List.of(
            ConfiguredOption.of(3, Octets.fromHex("c6120001")), ConfiguredOption.of(6, Octets.fromHex("c6120035")),
            ConfiguredOption.of(15, Octets.of("example.test".getBytes(StandardCharsets.US_ASCII)))));
        assertEquals(new DhcpConfig(List.of(), Optional.empty(), List.of(lan)).withOptions(
            new OptionConfig4(Map.of("lan-options", lanOptions), Options4.none(), List.of())), datastore.current());
    }

    @Test
    void aCommitTouchingNothingTheTranslationReadsLeavesTheEngineAlone() throws Exception {
        DhcpConfig before = datastore.current();
        datastore.editDhcpv6("<allocation-ranges><allocation-range><id>v6</id>"
            + "<network-prefix>2001:db8:1::/64</network-prefix></allocation-range></allocation-ranges>");
        datastore.commit();
        assertSame(before, datastore.current(), "no new translation, no engine swap");
        datastore.edit("<server-id>198.18.0.1</server-id>");
        datastore.commit();
        assertNotSame(before, datastore.current());
    }

    @Test
    void rangeOptionSetsOverrideGlobalOnesOptionByOption() throws Exception {
        datastore.edit("""
            <option-sets><option-set><option-set-id>site</option-set-id>
              <router-option><router>198.18.0.254</router></router-option>
              <domain-name-option><domain-name>site.test</domain-name></domain-name-option></option-set></option-sets>
            <allocation-ranges><option-set-id>site</option-set-id><valid-lifetime>1000</valid-lifetime>
              <renew-time>300</renew-time></allocation-ranges>""");
        datastore.commit();
        DhcpConfig config = datastore.current();
        Subnet4 lan = config.subnets().getFirst();
        assertEquals(Options4.of("site"), config.options().global());
        assertEquals(Options4.of("lan-options"), lan.options());
        ResolvedOptions effective = new OptionResolver(config.options().optionSets()).resolve(List.of(
            new OptionScope(OptionLevel.GLOBAL, config.options().global().optionSetIds()),
            new OptionScope(OptionLevel.SUBNET, lan.options().optionSetIds())));
        assertEquals(Optional.of(Octets.fromHex("c6120001")),
            effective.find(OptionKey.dhcp4(3)).map(ConfiguredOption::data), "range set wins");
        assertEquals(Optional.of(Octets.of("example.test".getBytes(StandardCharsets.US_ASCII))),
            effective.find(OptionKey.dhcp4(15)).map(ConfiguredOption::data));
        assertEquals(new LeaseTimers(Duration.ofSeconds(3600), Duration.ofSeconds(300), Duration.ofSeconds(3150)),
            lan.timers(), "lifetime from the range, renew-time inherited, rebind derived");
    }

    @Test
    void poolOutsideItsSubnetIsRefusedNamingThePoolAndRunningStays() throws Exception {
        DhcpConfig before = datastore.current();
        datastore.edit("""
            <allocation-ranges><allocation-range><id>lan</id><address-pools><address-pool>
              <pool-id>stray</pool-id><start-address>198.18.9.10</start-address><end-address>198.18.9.20</end-address>
            </address-pool></address-pools></allocation-range></allocation-ranges>""");
        CommitVetoException veto = assertThrows(CommitVetoException.class, datastore::commit);
        assertEquals("pool stray 198.18.9.10-198.18.9.20 lies outside subnet lan 198.18.0.0/24", veto.getMessage());
        assertEquals(Optional.of("/t4s:dhcpv4-server/t4s:allocation-ranges/t4s:allocation-range[t4s:id='lan']"
            + "/t4s:address-pools/t4s:address-pool[t4s:pool-id='stray']"), veto.errorPath());
        assertEquals(before, datastore.current());
        assertTrue(datastore.candidateModified(), "the candidate keeps the edit so it can be fixed");
    }

    @Test
    void timersOutOfOrderWithinARangeAreRefusedByTheModelNamingTheLeaf() throws Exception {
        datastore.edit("<allocation-ranges><allocation-range><id>lan</id><renew-time>3000</renew-time>"
            + "<rebind-time>2000</rebind-time></allocation-range></allocation-ranges>");
        DatastoreException refused = assertThrows(DatastoreException.class, datastore::commit);
        assertEquals("rebind-time must be above renew-time", refused.getMessage());
        assertEquals(Optional.of("/t4s:dhcpv4-server/t4s:allocation-ranges/t4s:allocation-range[t4s:id='lan']"
            + "/t4s:rebind-time"), refused.errorPath());
    }

    @Test
    void timersOutOfOrderAcrossLevelsAreRefusedByTheEngineAtTheRange() throws Exception {
        // The model's must statements compare leaves of one level; inherited values meet only in the engine.
        datastore.edit("<allocation-ranges><renew-time>3000</renew-time><allocation-range><id>lan</id>"
            + "<rebind-time>2000</rebind-time></allocation-range></allocation-ranges>");
        CommitVetoException veto = assertThrows(CommitVetoException.class, datastore::commit);
        assertTrue(veto.getMessage().contains("renew time (T1) 3000 s is not below rebind time (T2) 2000 s"),
            veto.getMessage());
        assertEquals(Optional.of("/t4s:dhcpv4-server/t4s:allocation-ranges/t4s:allocation-range[t4s:id='lan']"),
            veto.errorPath());
    }

    @Test
    void sharedNetworkGroupsItsRangesByPrefixWithItsOwnOptionSets() throws Exception {
        datastore.edit("""
            <option-sets><option-set><option-set-id>floor</option-set-id>
              <router-option><router>198.18.3.254</router></router-option>
              <domain-name-option><domain-name>floor.test</domain-name></domain-name-option></option-set></option-sets>
            <shared-networks><shared-network><name>floor1</name><option-set-id>floor</option-set-id>
              </shared-network></shared-networks>
            <allocation-ranges>
              <allocation-range><id>upper</id><network-prefix>198.18.4.0/24</network-prefix>
                <shared-network>floor1</shared-network></allocation-range>
              <allocation-range><id>lower</id><network-prefix>198.18.3.0/24</network-prefix>
                <shared-network>floor1</shared-network></allocation-range>
              <allocation-range><id>lan</id><shared-network>floor1</shared-network></allocation-range>
            </allocation-ranges>""");
        datastore.commit();

        DhcpConfig config = datastore.current();
        assertEquals(List.of(new SharedNetwork4("floor1", List.of("lan", "lower", "upper"), List.of("floor"),
            Optional.empty())), config.sharedNetworks());
    }

    @Test
    void rangeNamingAnUnknownSharedNetworkIsRefused() throws Exception {
        datastore.edit("<allocation-ranges><allocation-range><id>lan</id><shared-network>nowhere</shared-network>"
            + "</allocation-range></allocation-ranges>");
        DatastoreException refused = assertThrows(DatastoreException.class, datastore::commit);
        assertTrue(refused.errorPath().orElseThrow().endsWith("/t4s:shared-network"), refused.errorPath().toString());
    }

    @Test
    void sharedNetworkOnAnInterfaceWithoutDhcpIsRefusedNamingItsInterface() throws Exception {
        datastore.edit("<shared-networks><shared-network><name>floor1</name><interface>eth9</interface>"
            + "</shared-network></shared-networks>");
        CommitVetoException veto = assertThrows(CommitVetoException.class, datastore::commit);
        assertEquals("shared network floor1 is attached to interface eth9, which is not a DHCPv4 interface []",
            veto.getMessage());
        assertEquals(Optional.of("/t4s:dhcpv4-server/t4s:shared-networks/t4s:shared-network[t4s:name='floor1']"
            + "/t4s:interface"), veto.errorPath());
    }
}
