package org.takahe.datastore.xpath;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opendaylight.yangtools.yang.model.api.EffectiveModelContext;
import org.takahe.datastore.DatastoreException;
import org.takahe.datastore.DatastoreFiles;
import org.takahe.datastore.DatastoreName;
import org.takahe.datastore.EditOperation;
import org.takahe.datastore.ErrorTag;
import org.takahe.datastore.InMemoryConfigDatastore;
import org.takahe.datastore.YangSchemas;
import org.takahe.datastore.xml.XmlDataCodec;
import org.takahe.yang.YangModules;
import org.w3c.dom.Element;

/** The must statements of takahe-dhcpv4-server hold at commit. */
class DhcpModelConstraintsTest {

    private static final String RANGES = "/t4s:dhcpv4-server/t4s:allocation-ranges";

    private static EffectiveModelContext schema;
    private static XmlDataCodec codec;

    @BeforeAll
    static void loadSchema() throws Exception {
        schema = YangSchemas.load(YangModules.sources());
        codec = new XmlDataCodec(schema);
    }

    private static DatastoreException refusedOnRunning(Path directory, String ranges) throws Exception {
        InMemoryConfigDatastore datastore = InMemoryConfigDatastore.open(schema, DatastoreFiles.in(directory),
            Optional.empty(), List.of());
        String xml = "<config xmlns=\"urn:ietf:params:xml:ns:netconf:base:1.0\"><dhcpv4-server"
            + " xmlns=\"urn:takahe:params:xml:ns:yang:takahe-dhcpv4-server\"><allocation-ranges>" + ranges
            + "</allocation-ranges></dhcpv4-server></config>";
        Element config = XmlDataCodec.parseSecure(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)))
            .getDocumentElement();
        return assertThrows(DatastoreException.class,
            () -> datastore.edit(DatastoreName.RUNNING, codec.parseEdit(config, EditOperation.MERGE)));
    }

    private static String range(String timers, String start, String end) {
        return "<allocation-range><id>lan</id><network-prefix>198.18.0.0/24</network-prefix>" + timers
            + "<address-pools><address-pool><pool-id>p</pool-id><start-address>" + start
            + "</start-address><end-address>" + end + "</end-address></address-pool></address-pools>"
            + "</allocation-range>";
    }

    @Test
    void poolEndingBelowItsStartIsRefusedAtCommitNamingTheEndAddress(@TempDir Path directory) throws Exception {
        DatastoreException e = refusedOnRunning(directory, range("", "198.18.0.100", "198.18.0.99"));

        assertEquals(ErrorTag.OPERATION_FAILED, e.tag());
        assertEquals(Optional.of(RANGES + "/t4s:allocation-range[t4s:id='lan']/t4s:address-pools"
            + "/t4s:address-pool[t4s:pool-id='p']/t4s:end-address"), e.errorPath());
        assertEquals("end-address is below start-address", e.getMessage());
        assertEquals(Optional.of("must-violation"), e.errorAppTag());
    }

    @Test
    void poolComparesAddressesAsNumbersNotText(@TempDir Path directory) throws Exception {
        // "198.18.0.9" sorts after "198.18.0.10" as text; as an address it is lower
        DatastoreException e = refusedOnRunning(directory, range("", "198.18.0.10", "198.18.0.9"));

        assertEquals("end-address is below start-address", e.getMessage());
    }

    @Test
    void rebindTimeNotAboveRenewTimeIsRefused(@TempDir Path directory) throws Exception {
        DatastoreException e = refusedOnRunning(directory,
            range("<renew-time>600</renew-time><rebind-time>600</rebind-time>", "198.18.0.10", "198.18.0.20"));

        assertEquals("rebind-time must be above renew-time", e.getMessage());
        assertEquals(Optional.of(RANGES + "/t4s:allocation-range[t4s:id='lan']/t4s:rebind-time"), e.errorPath());
    }

    @Test
    void renewTimeAtTheTopLevelIsCheckedAgainstTheDefaultValidLifetime(@TempDir Path directory) throws Exception {
        DatastoreException e = refusedOnRunning(directory, "<renew-time>90000</renew-time>");

        assertEquals("renew-time must be below valid-lifetime", e.getMessage());
        assertEquals(Optional.of(RANGES + "/t4s:renew-time"), e.errorPath());
    }

    @Test
    void theModelsConstraintsReadOnlyNodesTheyNameSoOtherLeavesCanChangeUnchecked() {
        Set<String> watched = new ConstraintCatalog(schema).watchedNames().orElseThrow();

        assertTrue(watched.containsAll(Set.of("valid-lifetime", "renew-time", "rebind-time", "start-address",
            "end-address")), watched.toString());
        assertFalse(watched.contains("description"), watched.toString());
    }

    @Test
    void aValueChangeOfAWatchedLeafInAnExistingRangeIsStillChecked(@TempDir Path directory) throws Exception {
        InMemoryConfigDatastore datastore = InMemoryConfigDatastore.open(schema, DatastoreFiles.in(directory),
            Optional.empty(), List.of());
        datastore.edit(DatastoreName.RUNNING, codec.parseEdit(config(range("<description>a</description>",
            "198.18.0.100", "198.18.0.150")), EditOperation.MERGE));
        // the description alone changes: nothing a constraint reads
        datastore.edit(DatastoreName.RUNNING, codec.parseEdit(config(range("<description>b</description>",
            "198.18.0.100", "198.18.0.150")), EditOperation.MERGE));

        // only the end address changes, in place: still checked, still refused
        DatastoreException e = assertThrows(DatastoreException.class, () -> datastore.edit(DatastoreName.RUNNING,
            codec.parseEdit(config(range("", "198.18.0.100", "198.18.0.99")), EditOperation.MERGE)));
        assertEquals("end-address is below start-address", e.getMessage());
    }

    private static Element config(String ranges) throws Exception {
        String xml = "<config xmlns=\"urn:ietf:params:xml:ns:netconf:base:1.0\"><dhcpv4-server"
            + " xmlns=\"urn:takahe:params:xml:ns:yang:takahe-dhcpv4-server\"><allocation-ranges>" + ranges
            + "</allocation-ranges></dhcpv4-server></config>";
        return XmlDataCodec.parseSecure(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)))
            .getDocumentElement();
    }
}
