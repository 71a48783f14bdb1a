package org.takahe.netconf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.takahe.datastore.xml.XmlDataCodec;
import org.takahe.netconf.monitoring.SchemaSources;
import org.takahe.netconf.rpc.NetconfXml;
import org.takahe.yang.YangModules;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The standard management modules end to end over SSH: RFC 6022 monitoring and get-schema,
 * RFC 8525/7895 YANG library, RFC 8526 get-data and edit-data.
 */
class ManagementModulesTest {

    private static final String NCM = "urn:ietf:params:xml:ns:yang:ietf-netconf-monitoring";
    private static final String YANGLIB = "urn:ietf:params:xml:ns:yang:ietf-yang-library";
    private static final String NMDA = "urn:ietf:params:xml:ns:yang:ietf-netconf-nmda";
    private static final String DS = "urn:ietf:params:xml:ns:yang:ietf-datastores";
    private static final String NT = "urn:takahe:test:nctest";

    @TempDir
    static Path dataDir;

    private static TestServer server;

    @BeforeAll
    static void start() throws Exception {
        server = new TestServer(dataDir, ManagementSchema.load(), SchemaSources.read(ManagementSchema.sources()));
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    @Test
    void helloAdvertisesYangLibraryWithContentIdAndEveryModule() throws Exception {
        try (TestServer.Session session = server.connect()) {
            Matcher library = Pattern.compile("urn:ietf:params:netconf:capability:yang-library:1\\.1\\?revision="
                + "2019-01-04&amp;content-id=([0-9a-f]+)<").matcher(session.hello);
            assertTrue(library.find(), session.hello);
            assertTrue(session.hello.contains(NCM + "?module=ietf-netconf-monitoring&amp;revision=2010-10-04"));
            String contentId = text(get(session, "<yang-library xmlns=\"" + YANGLIB + "\"><content-id/></yang-library>"),
                YANGLIB, "content-id");
            assertEquals(library.group(1), contentId);
        }
    }

    @Test
    void getSchemaReturnsTheLoadedTextByteForByte() throws Exception {
        String expected;
        try (InputStream in = YangModules.sources().stream()
                .filter(url -> url.getPath().endsWith("/ietf-netconf-monitoring@2010-10-04.yang")).findFirst()
                .orElseThrow().openStream()) {
            expected = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        try (TestServer.Session session = server.connect()) {
            Element reply = parse(session.rpc("<get-schema xmlns=\"" + NCM + "\"><identifier>ietf-netconf-monitoring"
                + "</identifier><version>2010-10-04</version><format>yang</format></get-schema>"));
            Element data = child(reply, NCM, "data");
            assertEquals(expected, data.getTextContent());
        }
    }

    @Test
    void getSchemaWithoutVersionOrFormatFindsTheOnlyRevision() throws Exception {
        try (TestServer.Session session = server.connect()) {
            Element reply = parse(session.rpc("<get-schema xmlns=\"" + NCM + "\" xmlns:ncm=\"" + NCM
                + "\"><identifier>nctest</identifier><format>ncm:yang</format></get-schema>"));
            assertTrue(child(reply, NCM, "data").getTextContent().startsWith("module nctest {"));
        }
    }

    @Test
    void getSchemaOfAnUnknownModuleOrFormatIsInvalidValueDataMissing() throws Exception {
        try (TestServer.Session session = server.connect()) {
            for (String parameters : List.of("<identifier>no-such-module</identifier>",
                    "<identifier>nctest</identifier><version>1999-01-01</version>",
                    "<identifier>nctest</identifier><format>yin</format>")) {
                String reply = session.rpc("<get-schema xmlns=\"" + NCM + "\">" + parameters + "</get-schema>");
                assertTrue(reply.contains("<error-tag>invalid-value</error-tag>"), reply);
                assertTrue(reply.contains("<error-app-tag>data-missing</error-app-tag>"), reply);
            }
        }
    }

    @Test
    void schemasListEveryModuleAsYangFromNetconf() throws Exception {
        try (TestServer.Session session = server.connect()) {
            Element state = get(session, "<netconf-state xmlns=\"" + NCM + "\"><schemas/></netconf-state>");
            List<Element> schemas = descendants(state, NCM, "schema");
            assertEquals(YangModules.sources().size() + 1, schemas.size());
            Element nctest = schemas.stream().filter(s -> text(s, NCM, "identifier").equals("nctest")).findFirst()
                .orElseThrow();
            assertEquals("2024-06-01", text(nctest, NCM, "version"));
            assertTrue(text(nctest, NCM, "format").matches("(.+:)?yang"));
            assertEquals(NT, text(nctest, NCM, "namespace"));
            assertEquals("NETCONF", text(nctest, NCM, "location"));
        }
    }

    @Test
    void sessionsAndStatisticsCountRealTraffic() throws Exception {
        try (TestServer.Session session = server.connect()) {
            session.rpc("<get-config><source><running/></source></get-config>");
            session.rpc("<no-such-operation/>");
            session.netconf.send("<rpc xmlns=\"urn:ietf:params:xml:ns:netconf:base:1.0\"><get/></rpc>");
            session.next();
            Element state = get(session, "<netconf-state xmlns=\"" + NCM + "\"><sessions/></netconf-state>");
            Element own = descendants(state, NCM, "session").stream()
                .filter(s -> text(s, NCM, "session-id").equals(Long.toString(session.id))).findFirst().orElseThrow();
            assertEquals("admin", text(own, NCM, "username"));
            assertEquals("127.0.0.1", text(own, NCM, "source-host"));
            assertTrue(text(own, NCM, "transport").matches("(.+:)?netconf-ssh"));
            // The get being answered counts too: get-config, the unknown operation, this get.
            assertEquals("3", text(own, NCM, "in-rpcs"));
            assertEquals("1", text(own, NCM, "in-bad-rpcs"));
            assertEquals("2", text(own, NCM, "out-rpc-errors"));
            assertEquals("0", text(own, NCM, "out-notifications"));
            assertFalse(text(own, NCM, "login-time").isEmpty());
        }
    }

    @Test
    void droppedSessionsCountOnlySessionsThatDidNotCloseProperly() throws Exception {
        Element before = statistics();
        try (TestServer.Session polite = server.connect()) {
            polite.rpc("<close-session/>");
        }
        server.connect().close();
        long dropped = Long.parseLong(text(before, NCM, "dropped-sessions"));
        long deadline = System.nanoTime() + 5_000_000_000L;
        Element after = statistics();
        while (Long.parseLong(text(after, NCM, "dropped-sessions")) == dropped && System.nanoTime() < deadline) {
            Thread.sleep(20);
            after = statistics();
        }
        assertEquals(dropped + 1, Long.parseLong(text(after, NCM, "dropped-sessions")));
        // The two sessions above and the one that read the statistics.
        assertTrue(Long.parseLong(text(after, NCM, "in-sessions"))
            >= Long.parseLong(text(before, NCM, "in-sessions")) + 3);
    }

    @Test
    void aLockedDatastoreShowsItsHolderAndLockTime() throws Exception {
        try (TestServer.Session session = server.connect()) {
            session.rpc("<lock><target><startup/></target></lock>");
            Element state = get(session, "<netconf-state xmlns=\"" + NCM + "\"><datastores/></netconf-state>");
            Element startup = descendants(state, NCM, "datastore").stream()
                .filter(d -> text(d, NCM, "name").equals("startup")).findFirst().orElseThrow();
            assertEquals(Long.toString(session.id), text(startup, NCM, "locked-by-session"));
            assertTrue(text(startup, NCM, "locked-time").matches("\\d{4}-\\d\\d-\\d\\dT.*Z"));
            Element running = descendants(state, NCM, "datastore").stream()
                .filter(d -> text(d, NCM, "name").equals("running")).findFirst().orElseThrow();
            assertTrue(descendants(running, NCM, "locks").isEmpty());
            session.rpc("<unlock><target><startup/></target></unlock>");
        }
    }

    @Test
    void yangLibraryAndModulesStateDescribeTheSameModules() throws Exception {
        try (TestServer.Session session = server.connect()) {
            Element data = getData(session, "ds:operational", "<subtree-filter><yang-library xmlns=\"" + YANGLIB
                + "\"/><modules-state xmlns=\"" + YANGLIB + "\"/></subtree-filter>");
            Element library = child(data, YANGLIB, "yang-library");
            Element modulesState = child(data, YANGLIB, "modules-state");
            assertEquals(text(library, YANGLIB, "content-id"), text(modulesState, YANGLIB, "module-set-id"));
            List<Element> setModules = descendants(child(library, YANGLIB, "module-set"), YANGLIB, "module");
            assertEquals(descendants(modulesState, YANGLIB, "module").size(), setModules.size());
            Element netconf = setModules.stream().filter(m -> text(m, YANGLIB, "name").equals("ietf-netconf"))
                .findFirst().orElseThrow();
            List<String> features = descendants(netconf, YANGLIB, "feature").stream().map(Node::getTextContent)
                .toList();
            assertTrue(features.containsAll(List.of("candidate", "writable-running")), features.toString());
            assertEquals(4, descendants(library, YANGLIB, "datastore").size());
            assertTrue(descendants(modulesState, YANGLIB, "conformance-type").stream()
                .allMatch(c -> c.getTextContent().equals("implement")));
        }
    }

    @Test
    void operationalDatastoreIsRunningWithTheStateData() throws Exception {
        try (TestServer.Session session = server.connect()) {
            editData(session, "ds:running", "<server xmlns=\"" + NT + "\"><name>op</name></server>");
            Element data = getData(session, "ds:operational", "<subtree-filter><server xmlns=\"" + NT
                + "\"/></subtree-filter>");
            Element serverNode = child(data, NT, "server");
            assertEquals("op", text(serverNode, NT, "name"));
            assertEquals("0", text(serverNode, NT, "leases"));

            Element stateOnly = getData(session, "ds:operational", "<subtree-filter><server xmlns=\"" + NT
                + "\"/></subtree-filter><config-filter>false</config-filter>");
            assertTrue(descendants(stateOnly, NT, "name").isEmpty());
            assertEquals("0", text(stateOnly, NT, "leases"));

            Element configOnly = getData(session, "ds:running", "<config-filter>true</config-filter>");
            assertEquals("op", text(configOnly, NT, "name"));
            assertTrue(descendants(configOnly, NT, "stats").isEmpty());
        }
    }

    @Test
    void maxDepthCutsTheTreeButKeepsListKeys() throws Exception {
        try (TestServer.Session session = server.connect()) {
            editData(session, "ds:running", "<server xmlns=\"" + NT + "\"><pool><id>a</id><size>9</size></pool>"
                + "</server>");
            Element depthOne = getData(session, "ds:running", "<subtree-filter><server xmlns=\"" + NT
                + "\"/></subtree-filter><max-depth>1</max-depth>");
            assertTrue(NetconfXml.childElements(child(depthOne, NT, "server")).isEmpty());
            Element depthTwo = getData(session, "ds:running", "<subtree-filter><server xmlns=\"" + NT
                + "\"/></subtree-filter><max-depth>2</max-depth>");
            Element pool = child(child(depthTwo, NT, "server"), NT, "pool");
            assertEquals("a", text(pool, NT, "id"));
            assertTrue(descendants(pool, NT, "size").isEmpty());
        }
    }

    @Test
    void editDataOnCandidateWaitsForCommit() throws Exception {
        try (TestServer.Session session = server.connect()) {
            editData(session, "ds:candidate", "<server xmlns=\"" + NT + "\"><name>cand</name></server>");
            assertEquals("cand", text(getData(session, "ds:candidate", ""), NT, "name"));
            assertFalse(text(getData(session, "ds:running", ""), NT, "name").equals("cand"));
            assertTrue(session.rpc("<commit/>").contains("<ok/>"));
            assertEquals("cand", text(getData(session, "ds:running", ""), NT, "name"));
        }
    }

    @Test
    void datastoresThatCannotBeUsedAreInvalidValue() throws Exception {
        try (TestServer.Session session = server.connect()) {
            for (String request : List.of(
                    editDataRequest("ds:operational", "<server xmlns=\"" + NT + "\"/>"),
                    editDataRequest("ds:startup", "<server xmlns=\"" + NT + "\"/>"),
                    "<get-data xmlns=\"" + NMDA + "\" xmlns:ds=\"" + DS + "\"><datastore>ds:intended</datastore>"
                        + "</get-data>",
                    "<get-data xmlns=\"" + NMDA + "\" xmlns:x=\"urn:x\"><datastore>x:running</datastore></get-data>")) {
                String reply = session.rpc(request);
                assertTrue(reply.contains("<error-tag>invalid-value</error-tag>"), reply);
            }
            String origin = session.rpc("<get-data xmlns=\"" + NMDA + "\" xmlns:ds=\"" + DS + "\"><datastore>"
                + "ds:operational</datastore><with-origin/></get-data>");
            assertTrue(origin.contains("<error-tag>operation-not-supported</error-tag>"), origin);
        }
    }

    private static Element statistics() throws Exception {
        try (TestServer.Session session = server.connect()) {
            Element state = get(session, "<netconf-state xmlns=\"" + NCM + "\"><statistics/></netconf-state>");
            // Closed properly, so that reading the statistics does not count as a dropped session.
            session.rpc("<close-session/>");
            return state;
        }
    }

    private static Element get(TestServer.Session session, String filter) throws Exception {
        Element reply = parse(session.rpc("<get><filter type=\"subtree\">" + filter + "</filter></get>"));
        return child(reply, XmlDataCodec.NETCONF_BASE_NS, "data");
    }

    private static Element getData(TestServer.Session session, String datastore, String parameters)
            throws Exception {
        String reply = session.rpc("<get-data xmlns=\"" + NMDA + "\" xmlns:ds=\"" + DS + "\"><datastore>" + datastore
            + "</datastore>" + parameters + "</get-data>");
        return child(parse(reply), NMDA, "data");
    }

    private static void editData(TestServer.Session session, String datastore, String config) throws Exception {
        String reply = session.rpc(editDataRequest(datastore, config));
        assertTrue(reply.contains("<ok/>"), reply);
    }

    private static String editDataRequest(String datastore, String config) {
        return "<edit-data xmlns=\"" + NMDA + "\" xmlns:ds=\"" + DS + "\"><datastore>" + datastore + "</datastore>"
            + "<config>" + config + "</config></edit-data>";
    }

    private static Element parse(String xml) throws Exception {
        return XmlDataCodec.parseSecure(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)))
            .getDocumentElement();
    }

    private static Element child(Element parent, String namespace, String name) {
        List<Element> found = NetconfXml.childElements(parent).stream()
            .filter(e -> namespace.equals(e.getNamespaceURI()) && name.equals(e.getLocalName())).toList();
        assertEquals(1, found.size(), "one " + name + " in " + parent.getLocalName());
        return found.getFirst();
    }

    private static List<Element> descendants(Element root, String namespace, String name) {
        List<Element> found = new java.util.ArrayList<>();
        var nodes = root.getElementsByTagNameNS(namespace, name);
        for (int i = 0; i < nodes.getLength(); i++) {
            found.add((Element) nodes.item(i));
        }
        return found;
    }

    /** The text of the first descendant with that name; "" when there is none. */
    private static String text(Element root, String namespace, String name) {
        List<Element> found = descendants(root, namespace, name);
        return found.isEmpty() ? "" : found.getFirst().getTextContent().strip();
    }
}
