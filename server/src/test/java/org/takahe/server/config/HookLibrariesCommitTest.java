package org.takahe.server.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opendaylight.yangtools.yang.data.api.YangInstanceIdentifier.NodeIdentifier;
import org.opendaylight.yangtools.yang.data.api.schema.ContainerNode;
import org.opendaylight.yangtools.yang.data.spi.node.ImmutableNodes;
import org.opendaylight.yangtools.yang.model.api.EffectiveModelContext;
import org.opendaylight.yangtools.yang.model.api.SchemaContext;
import org.takahe.datastore.CommitVetoException;
import org.takahe.datastore.DatastoreFiles;
import org.takahe.datastore.DatastoreName;
import org.takahe.datastore.EditOperation;
import org.takahe.datastore.InMemoryConfigDatastore;
import org.takahe.datastore.YangSchemas;
import org.takahe.datastore.xml.XmlDataCodec;
import org.takahe.dhcp.DhcpEngine;
import org.takahe.dhcp.EngineSettings;
import org.takahe.dhcp.config.CalloutFailurePolicy;
import org.takahe.dhcp.config.ConfiguredHookLibrary;
import org.takahe.dhcp.config.HookLibraries;
import org.takahe.dhcp.hooks.CalloutCounts;
import org.takahe.dhcp.hooks.HookStatistics;
import org.takahe.dhcp.hooks.api.Callouts;
import org.takahe.dhcp.hooks.api.HookPoint;
import org.takahe.dhcp.hooks.api.NextStep;
import org.takahe.dhcp.hooks.api.Packet4;
import org.takahe.dhcp.hooks.api.PacketOptions;
import org.takahe.dhcp.hooks.api.Pkt4ReceiveContext;
import org.takahe.lease.file.FileLeaseStore;
import org.takahe.lease.file.FileLeaseStoreSettings;
import org.takahe.server.hooks.HookLibraryCatalog;
import org.takahe.server.state.HookStateProvider;
import org.takahe.yang.YangModules;

/** /server/hooks-libraries through a real datastore commit: what the engine gets, what is refused, and where. */
class HookLibrariesCommitTest {
    private static final String SERVER_NS = "urn:takahe:params:xml:ns:yang:takahe-server";

    @TempDir
    Path data;

    private FileLeaseStore leases;
    private DhcpEngine engine;
    private HookLibrariesTranslator hooks;
    private DhcpCommitParticipant participant;
    private InMemoryConfigDatastore datastore;
    private XmlDataCodec codec;
    private EffectiveModelContext schema;

    private record Received(Packet4 query, String interfaceName) implements Pkt4ReceiveContext {
    }

    @BeforeEach
    void open() throws Exception {
        RecordingHookLibrary.EVENTS.clear();
        schema = YangSchemas.load(YangModules.sources());
        codec = new XmlDataCodec(schema);
        leases = FileLeaseStore.open(data.resolve("leases"), FileLeaseStoreSettings.DEFAULTS);
        engine = new DhcpEngine(EngineSettings.defaults(), leases);
        hooks = new HookLibrariesTranslator(new HookLibraryCatalog(List.of(data.resolve("hooks"))));
        participant = new DhcpCommitParticipant(engine, schema, hooks);
        datastore = InMemoryConfigDatastore.open(schema, DatastoreFiles.in(data),
            Optional.of(YangModules.exampleStartupConfig()), List.of(participant));
    }

    @AfterEach
    void close() throws Exception {
        engine.close();
        hooks.close();
        leases.close();
    }

    @Test
    void withoutHooksLibrariesTheEngineRunsNone() {
        assertEquals(HookLibraries.none(), participant.current().hooks());
    }

    @Test
    void aConfiguredLibraryReachesTheEngineWithItsParametersOrderAndFailurePolicy() throws Exception {
        commit("""
            <hooks-libraries><callout-timeout>250</callout-timeout>
              <hook-library><name>mac-acl</name><on-callout-failure>drop</on-callout-failure>
                <parameter><name>mode</name><value>deny</value></parameter>
                <parameter><name>hardware-addresses</name><value>02:00:00:00:00:01</value></parameter>
              </hook-library>
              <hook-library><name>recording</name></hook-library>
            </hooks-libraries>""");

        HookLibraries configured = participant.current().hooks();
        assertEquals(Duration.ofMillis(250), configured.calloutTimeout());
        assertEquals(List.of("mac-acl", "recording"), configured.libraries().stream()
            .map(ConfiguredHookLibrary::name).toList());
        ConfiguredHookLibrary acl = configured.libraries().getFirst();
        assertEquals(CalloutFailurePolicy.DROP, acl.onFailure());
        var callout = acl.callouts().at(HookPoint.PKT4_RECEIVE, Pkt4ReceiveContext.class).orElseThrow();
        assertEquals(NextStep.DROP, callout.call(from("02:00:00:00:00:01")));
        assertEquals(NextStep.CONTINUE, callout.call(from("02:00:00:00:00:02")));
        assertEquals(CalloutFailurePolicy.CONTINUE, configured.libraries().get(1).onFailure(), "the default");
    }

    @Test
    void aLibraryThatIsNotFoundIsRefusedNamingItsEntry() throws Exception {
        edit("<hooks-libraries><hook-library><name>nope</name></hook-library></hooks-libraries>");

        CommitVetoException veto = assertThrows(CommitVetoException.class, datastore::commit);

        assertEquals(Optional.of("/tks:server/tks:hooks-libraries/tks:hook-library[tks:name='nope']"),
            veto.errorPath());
        assertTrue(veto.getMessage().startsWith("no hook library named 'nope' in [" + data.resolve("hooks")),
            veto.getMessage());
        assertTrue(veto.getMessage().contains("mac-acl"), "says which libraries there are: " + veto.getMessage());
        assertEquals(HookLibraries.none(), participant.current().hooks(), "running is unchanged");
    }

    @Test
    void parametersTheLibraryRefusesAreRefusedNamingTheParameter() throws Exception {
        edit("""
            <hooks-libraries><hook-library><name>mac-acl</name>
              <parameter><name>mode</name><value>maybe</value></parameter>
            </hook-library></hooks-libraries>""");

        CommitVetoException veto = assertThrows(CommitVetoException.class, datastore::commit);

        assertEquals(Optional.of("/tks:server/tks:hooks-libraries/tks:hook-library[tks:name='mac-acl']"
            + "/tks:parameter[tks:name='mode']"), veto.errorPath());
        assertEquals("hook library mac-acl: mode must be allow or deny, not 'maybe'", veto.getMessage());
    }

    @Test
    void aMissingParameterIsRefusedNamingTheLibraryEntry() throws Exception {
        edit("<hooks-libraries><hook-library><name>mac-acl</name></hook-library></hooks-libraries>");

        CommitVetoException veto = assertThrows(CommitVetoException.class, datastore::commit);

        assertEquals(Optional.of("/tks:server/tks:hooks-libraries/tks:hook-library[tks:name='mac-acl']"),
            veto.errorPath());
    }

    @Test
    void aDisabledLibraryIsNeitherLookedUpNorCalled() throws Exception {
        commit("<hooks-libraries><hook-library><name>not-installed-yet</name><enabled>false</enabled>"
            + "</hook-library></hooks-libraries>");

        assertEquals(List.of(), participant.current().hooks().libraries());
    }

    @Test
    void unchangedLibrariesKeepTheirCalloutsAndReplacedOnesAreClosed() throws Exception {
        commit(recording("one"));
        Callouts first = participant.current().hooks().libraries().getFirst().callouts();

        commit("<lease-store><file><fsync>none</fsync></file></lease-store>");
        assertSame(first, participant.current().hooks().libraries().getFirst().callouts(), "an unrelated commit");
        assertEquals(List.of("configure one"), RecordingHookLibrary.EVENTS);

        commit(recording("two"));
        assertNotSame(first, participant.current().hooks().libraries().getFirst().callouts());
        assertEquals(List.of("configure one", "configure two", "close one"), RecordingHookLibrary.EVENTS);

        hooks.close();
        assertEquals(List.of("configure one", "configure two", "close one", "close two"), RecordingHookLibrary.EVENTS);
    }

    @Test
    void calloutsOfARefusedCommitAreClosedAndTheServingOnesKept() throws Exception {
        commit(recording("one"));
        edit(recording("two"));
        edit("<hooks-libraries><hook-library><name>nope</name></hook-library></hooks-libraries>");

        assertThrows(CommitVetoException.class, datastore::commit);

        assertEquals(List.of("configure one", "configure two", "close two"), RecordingHookLibrary.EVENTS);
        assertEquals(1, participant.current().hooks().libraries().size());
    }

    @Test
    void calloutCountersAreServedAsStateBesideTheLibrarysConfiguration() throws Exception {
        commit(recording("counted"));
        var callout = participant.current().hooks().libraries().getFirst().callouts()
            .at(HookPoint.PKT4_RECEIVE, Pkt4ReceiveContext.class).orElseThrow();
        assertEquals(NextStep.CONTINUE, callout.call(from("02:00:00:00:00:09")));
        HookStateProvider state = new HookStateProvider(() -> participant.current().hooks(),
            () -> new HookStatistics(Map.of("recording", Map.of(HookPoint.PKT4_RECEIVE,
                new CalloutCounts(7, 1, 2, 0, 3)))));

        ContainerNode merged = XmlDataCodec.merge(schema, datastore.read(DatastoreName.RUNNING),
            state.addTo(ImmutableNodes.newContainerBuilder().withNodeIdentifier(new NodeIdentifier(SchemaContext.NAME))
                .build()));

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        codec.writeConfigDocument(merged, out);
        String xml = out.toString(StandardCharsets.UTF_8);
        String library = xml.substring(xml.indexOf("<hook-library>"), xml.indexOf("</hook-library>"));
        assertTrue(library.contains("<name>recording</name>") && library.contains("<value>counted</value>"), xml);
        for (String counter : List.of("<hook-point>pkt4-receive</hook-point>", "<calls>7</calls>",
                "<failures>1</failures>", "<timeouts>2</timeouts>", "<skips>0</skips>", "<drops>3</drops>")) {
            assertTrue(library.contains(counter), counter + " in " + library);
        }
    }

    private static String recording(String tag) {
        return "<hooks-libraries><hook-library><name>recording</name><parameter><name>tag</name><value>" + tag
            + "</value></parameter></hook-library></hooks-libraries>";
    }

    private static Pkt4ReceiveContext from(String mac) throws Exception {
        var any = (java.net.Inet4Address) InetAddress.getByAddress(new byte[4]);
        return new Received(new Packet4(1, 1, 0, 1, 0, 0, any, any, any, any, mac, "", "",
            PacketOptions.of(Map.of(53, new byte[] {1}))), "eth0");
    }

    private void commit(String serverBody) throws Exception {
        edit(serverBody);
        datastore.commit();
    }

    private void edit(String serverBody) throws Exception {
        String xml = "<config xmlns=\"urn:ietf:params:xml:ns:netconf:base:1.0\"><server xmlns=\"" + SERVER_NS + "\">"
            + serverBody + "</server></config>";
        var document = XmlDataCodec.parseSecure(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        datastore.edit(DatastoreName.CANDIDATE, codec.parseEdit(document.getDocumentElement(), EditOperation.MERGE));
    }
}
