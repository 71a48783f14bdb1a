package org.takahe.server.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import org.opendaylight.yangtools.yang.model.api.SchemaContext;
import org.takahe.datastore.CommitVetoException;
import org.takahe.datastore.xml.XmlDataCodec;
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
import org.takahe.server.hooks.HookLibraryCatalog;
import org.takahe.server.state.HookStateProvider;

/** /server/hooks-libraries through a real datastore commit: what the engine gets, what is refused, and where. */
class HookLibrariesCommitTest {
    @TempDir
    Path data;

    private HookLibrariesTranslator hooks;
    private EngineDatastore datastore;

    private record Received(Packet4 query, String interfaceName) implements Pkt4ReceiveContext {
    }

    @BeforeEach
    void open() throws Exception {
        RecordingHookLibrary.EVENTS.clear();
        hooks = new HookLibrariesTranslator(new HookLibraryCatalog(List.of(data.resolve("hooks"))));
        datastore = EngineDatastore.open(data, hooks);
    }

    @AfterEach
    void close() throws Exception {
        datastore.close();
        hooks.close();
    }

    @Test
    void withoutHooksLibrariesTheEngineRunsNone() {
        assertEquals(HookLibraries.none(), datastore.current().hooks());
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

        HookLibraries configured = datastore.current().hooks();
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
        datastore.editServer("<hooks-libraries><hook-library><name>nope</name></hook-library></hooks-libraries>");

        CommitVetoException veto = assertThrows(CommitVetoException.class, datastore::commit);

        assertEquals(Optional.of("/tks:server/tks:hooks-libraries/tks:hook-library[tks:name='nope']"),
            veto.errorPath());
        assertTrue(veto.getMessage().startsWith("no hook library named 'nope' in [" + data.resolve("hooks")),
            veto.getMessage());
        assertTrue(veto.getMessage().contains("mac-acl"), "says which libraries there are: " + veto.getMessage());
        assertEquals(HookLibraries.none(), datastore.current().hooks(), "running is unchanged");
    }

    @Test
    void parametersTheLibraryRefusesAreRefusedNamingTheParameter() throws Exception {
        datastore.editServer("""
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
        datastore.editServer("<hooks-libraries><hook-library><name>mac-acl</name></hook-library></hooks-libraries>");

        CommitVetoException veto = assertThrows(CommitVetoException.class, datastore::commit);

        assertEquals(Optional.of("/tks:server/tks:hooks-libraries/tks:hook-library[tks:name='mac-acl']"),
            veto.errorPath());
    }

    @Test
    void aDisabledLibraryIsNeitherLookedUpNorCalled() throws Exception {
        commit("<hooks-libraries><hook-library><name>not-installed-yet</name><enabled>false</enabled>"
            + "</hook-library></hooks-libraries>");

        assertEquals(List.of(), datastore.current().hooks().libraries());
    }

    @Test
    void unchangedLibrariesKeepTheirCalloutsAndReplacedOnesAreClosed() throws Exception {
        commit(recording("one"));
        Callouts first = datastore.current().hooks().libraries().getFirst().callouts();

        commit("<lease-store><file><fsync>none</fsync></file></lease-store>");
        assertSame(first, datastore.current().hooks().libraries().getFirst().callouts(), "an unrelated commit");
        assertEquals(List.of("configure one"), RecordingHookLibrary.EVENTS);

        commit(recording("two"));
        assertNotSame(first, datastore.current().hooks().libraries().getFirst().callouts());
        assertEquals(List.of("configure one", "configure two", "close one"), RecordingHookLibrary.EVENTS);

        hooks.close();
        assertEquals(List.of("configure one", "configure two", "close one", "close two"), RecordingHookLibrary.EVENTS);
    }

    @Test
    void calloutsOfARefusedCommitAreClosedAndTheServingOnesKept() throws Exception {
        commit(recording("one"));
        datastore.editServer(recording("two"));
        datastore.editServer("<hooks-libraries><hook-library><name>nope</name></hook-library></hooks-libraries>");

        assertThrows(CommitVetoException.class, datastore::commit);

        assertEquals(List.of("configure one", "configure two", "close two"), RecordingHookLibrary.EVENTS);
        assertEquals(1, datastore.current().hooks().libraries().size());
    }

    @Test
    void calloutCountersAreServedAsStateBesideTheLibrarysConfiguration() throws Exception {
        commit(recording("counted"));
        var callout = datastore.current().hooks().libraries().getFirst().callouts()
            .at(HookPoint.PKT4_RECEIVE, Pkt4ReceiveContext.class).orElseThrow();
        assertEquals(NextStep.CONTINUE, callout.call(from("02:00:00:00:00:09")));
        HookStateProvider state = new HookStateProvider(() -> datastore.current().hooks(),
            () -> new HookStatistics(Map.of("recording", Map.of(HookPoint.PKT4_RECEIVE,
                new CalloutCounts(7, 1, 2, 0, 3)))));

        ContainerNode merged = XmlDataCodec.merge(EngineDatastore.SCHEMA, datastore.running(),
            state.addTo(ImmutableNodes.newContainerBuilder().withNodeIdentifier(new NodeIdentifier(SchemaContext.NAME))
                .build()));

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        EngineDatastore.CODEC.writeConfigDocument(merged, out);
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
        datastore.editServer(serverBody);
        datastore.commit();
    }
}
