package org.takahe.server.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.takahe.datastore.CommitVetoException;
import org.takahe.datastore.DatastoreException;
import org.takahe.dhcp.config.ExpiredLeasesProcessing;
import org.takahe.dhcp.config.LeaseTimers;
import org.takahe.dhcp.config.Pool4;

/** Pool timers, max-address-utilization and expired-leases-processing, from YANG to the engine's records. */
class LeaseLifecycleTranslationTest {
    private static final String LAN_POOL = "/t4s:dhcpv4-server/t4s:allocation-ranges/t4s:allocation-range"
        + "[t4s:id='lan']/t4s:address-pools/t4s:address-pool[t4s:pool-id='lan-pool']";

    @AutoClose
    private final EngineDatastore datastore;

    LeaseLifecycleTranslationTest(@TempDir Path data) throws Exception {
        datastore = EngineDatastore.open(data);
    }

    private Pool4 lanPool() {
        return datastore.current().subnets().getFirst().pools().getFirst();
    }

    @Test
    void withoutSettingsPoolsInheritTheRangeTimersAndKeaDefaultsApply() {
        assertEquals(Optional.empty(), lanPool().timers());
        assertEquals(90, lanPool().utilizationThreshold());
        assertEquals(ExpiredLeasesProcessing.DEFAULTS, datastore.current().expiredLeases());
    }

    @Test
    void aPoolThatSetsOneTimerTakesTheOthersFromItsRangeThenTheGlobalLevel() throws Exception {
        editPool("<valid-lifetime>600</valid-lifetime><max-address-utilization>75</max-address-utilization>");
        datastore.edit("<allocation-ranges><renew-time>200</renew-time></allocation-ranges>");
        datastore.commit();

        assertEquals(Optional.of(new LeaseTimers(Duration.ofSeconds(600), Duration.ofSeconds(200),
            Duration.ofSeconds(525))), lanPool().timers(), "T1 from allocation-ranges, T2 from the pool's lifetime");
        assertEquals(75, lanPool().utilizationThreshold());
    }

    @Test
    void poolTimersOutOfOrderAcrossLevelsAreRefusedNamingThePool() throws Exception {
        // The range keeps its 3600 s lifetime; the pool's own 600 s is below the inherited rebind time.
        datastore.edit("<allocation-ranges><allocation-range><id>lan</id><rebind-time>3000</rebind-time>"
            + "</allocation-range></allocation-ranges>");
        editPool("<valid-lifetime>600</valid-lifetime>");
        CommitVetoException veto = assertThrows(CommitVetoException.class, datastore::commit);
        assertTrue(veto.getMessage().contains("pool lan-pool of subnet lan: rebind time (T2) 3000 s is not below "
            + "valid lifetime 600 s"), veto.getMessage());
        assertEquals(Optional.of(LAN_POOL), veto.errorPath());
    }

    @Test
    void poolTimersOutOfOrderWithinThePoolAreRefusedByTheModel() throws Exception {
        editPool("<valid-lifetime>600</valid-lifetime><renew-time>700</renew-time>");
        DatastoreException refused = assertThrows(DatastoreException.class, datastore::commit);
        assertEquals("renew-time must be below valid-lifetime", refused.getMessage());
        assertEquals(Optional.of(LAN_POOL + "/t4s:renew-time"), refused.errorPath());
    }

    @Test
    void expiredLeasesProcessingBecomesTheEngineSettings() throws Exception {
        datastore.edit("""
            <expired-leases-processing><reclaim-timer-wait-time>2</reclaim-timer-wait-time>
              <max-reclaim-leases>0</max-reclaim-leases><max-reclaim-time>50</max-reclaim-time>
              <hold-reclaimed-time>0</hold-reclaimed-time><unwarned-reclaim-cycles>3</unwarned-reclaim-cycles>
            </expired-leases-processing>""");
        datastore.commit();
        assertEquals(new ExpiredLeasesProcessing(Duration.ofSeconds(2), 0, Duration.ofMillis(50), Duration.ZERO, 3),
            datastore.current().expiredLeases());
    }

    private void editPool(String body) throws Exception {
        datastore.edit("<allocation-ranges><allocation-range><id>lan</id><address-pools><address-pool>"
            + "<pool-id>lan-pool</pool-id>" + body + "</address-pool></address-pools></allocation-range>"
            + "</allocation-ranges>");
    }
}
