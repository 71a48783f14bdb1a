package org.takahe.server.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opendaylight.yangtools.yang.model.api.EffectiveModelContext;
import org.takahe.datastore.CommitVetoException;
import org.takahe.datastore.DatastoreException;
import org.takahe.datastore.DatastoreFiles;
import org.takahe.datastore.DatastoreName;
import org.takahe.datastore.EditOperation;
import org.takahe.datastore.InMemoryConfigDatastore;
import org.takahe.datastore.YangSchemas;
import org.takahe.datastore.xml.XmlDataCodec;
import org.takahe.dhcp.DhcpEngine;
import org.takahe.dhcp.EngineSettings;
import org.takahe.dhcp.config.ExpiredLeasesProcessing;
import org.takahe.dhcp.config.LeaseTimers;
import org.takahe.dhcp.config.Pool4;
import org.takahe.lease.file.FileLeaseStore;
import org.takahe.lease.file.FileLeaseStoreSettings;
import org.takahe.yang.YangModules;

/** Pool timers, max-address-utilization and expired-leases-processing, from YANG to the engine's records. */
class LeaseLifecycleTranslationTest {
    private static final String V4 = "urn:takahe:params:xml:ns:yang:takahe-dhcpv4-server";
    private static final String LAN_POOL = "/t4s:dhcpv4-server/t4s:allocation-ranges/t4s:allocation-range"
        + "[t4s:id='lan']/t4s:address-pools/t4s:address-pool[t4s:pool-id='lan-pool']";

    @TempDir
    Path data;

    private FileLeaseStore leases;
    private DhcpEngine engine;
    private DhcpCommitParticipant participant;
    private InMemoryConfigDatastore datastore;
    private XmlDataCodec codec;

    @BeforeEach
    void open() throws Exception {
        EffectiveModelContext schema = YangSchemas.load(YangModules.sources());
        codec = new XmlDataCodec(schema);
        leases = FileLeaseStore.open(data.resolve("leases"), FileLeaseStoreSettings.DEFAULTS);
        engine = new DhcpEngine(EngineSettings.defaults(), leases);
        participant = new DhcpCommitParticipant(engine, schema);
        datastore = InMemoryConfigDatastore.open(schema, DatastoreFiles.in(data),
            Optional.of(YangModules.exampleStartupConfig()), List.of(participant));
    }

    @AfterEach
    void close() throws Exception {
        engine.close();
        leases.close();
    }

    private Pool4 lanPool() {
        return participant.current().subnets().getFirst().pools().getFirst();
    }

    @Test
    void withoutSettingsPoolsInheritTheRangeTimersAndKeaDefaultsApply() {
        assertEquals(Optional.empty(), lanPool().timers());
        assertEquals(90, lanPool().utilizationThreshold());
        assertEquals(ExpiredLeasesProcessing.DEFAULTS, participant.current().expiredLeases());
    }

    @Test
    void aPoolThatSetsOneTimerTakesTheOthersFromItsRangeThenTheGlobalLevel() throws Exception {
        editPool("<valid-lifetime>600</valid-lifetime><max-address-utilization>75</max-address-utilization>");
        edit("<allocation-ranges><renew-time>200</renew-time></allocation-ranges>");
        datastore.commit();

        assertEquals(Optional.of(new LeaseTimers(Duration.ofSeconds(600), Duration.ofSeconds(200),
            Duration.ofSeconds(525))), lanPool().timers(), "T1 from allocation-ranges, T2 from the pool's lifetime");
        assertEquals(75, lanPool().utilizationThreshold());
    }

    @Test
    void poolTimersOutOfOrderAcrossLevelsAreRefusedNamingThePool() throws Exception {
        // The range keeps its 3600 s lifetime; the pool's own 600 s is below the inherited rebind time.
        edit("<allocation-ranges><allocation-range><id>lan</id><rebind-time>3000</rebind-time>"
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
        edit("""
            <expired-leases-processing><reclaim-timer-wait-time>2</reclaim-timer-wait-time>
              <max-reclaim-leases>0</max-reclaim-leases><max-reclaim-time>50</max-reclaim-time>
              <hold-reclaimed-time>0</hold-reclaimed-time><unwarned-reclaim-cycles>3</unwarned-reclaim-cycles>
            </expired-leases-processing>""");
        datastore.commit();
        assertEquals(new ExpiredLeasesProcessing(Duration.ofSeconds(2), 0, Duration.ofMillis(50), Duration.ZERO, 3),
            participant.current().expiredLeases());
    }

    private void editPool(String body) throws Exception {
        edit("<allocation-ranges><allocation-range><id>lan</id><address-pools><address-pool>"
            + "<pool-id>lan-pool</pool-id>" + body + "</address-pool></address-pools></allocation-range>"
            + "</allocation-ranges>");
    }

    private void edit(String dhcpv4Body) throws DatastoreException, java.io.IOException {
        String xml = "<config xmlns=\"urn:ietf:params:xml:ns:netconf:base:1.0\"><dhcpv4-server xmlns=\"" + V4 + "\">"
            + dhcpv4Body + "</dhcpv4-server></config>";
        var document = XmlDataCodec.parseSecure(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        datastore.edit(DatastoreName.CANDIDATE, codec.parseEdit(document.getDocumentElement(), EditOperation.MERGE));
    }
}
