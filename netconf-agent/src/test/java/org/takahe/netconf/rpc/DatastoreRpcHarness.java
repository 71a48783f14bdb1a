package org.takahe.netconf.rpc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.opendaylight.yangtools.yang.model.api.EffectiveModelContext;
import org.takahe.datastore.DataRoots;
import org.takahe.datastore.DatastoreFiles;
import org.takahe.datastore.InMemoryConfigDatastore;
import org.takahe.datastore.SchemaLoadException;
import org.takahe.datastore.YangSchemas;
import org.takahe.datastore.xml.XmlDataCodec;
import org.w3c.dom.Element;

/**
 * The standard dispatcher over the real datastore (ncdata module: defaults, a mandatory leaf in a
 * list) in a data directory, with two sessions.
 */
final class DatastoreRpcHarness implements AutoCloseable {

    static final String NS = "urn:takahe:test:ncdata";
    static final EffectiveModelContext SCHEMA = load();

    final Path directory;
    final InMemoryConfigDatastore datastore;
    final DatastoreLocks locks;
    final SessionRegistry sessions = new SessionRegistry(8);
    final RpcDispatcher dispatcher;
    final FakeSession one;
    final FakeSession two;
    private final ScheduledExecutorService timers = Executors.newSingleThreadScheduledExecutor();

    DatastoreRpcHarness(Path directory) throws Exception {
        this.directory = directory;
        datastore = InMemoryConfigDatastore.open(SCHEMA, DatastoreFiles.in(directory), Optional.empty(), List.of());
        locks = new DatastoreLocks(datastore);
        dispatcher = RpcDispatcher.standard(datastore, new XmlDataCodec(SCHEMA), DataRoots::empty, locks, sessions,
            new ConfirmedCommits(datastore, locks, ServerEvents.NONE, timers), ServerEvents.NONE);
        one = new FakeSession(sessions.open("test", Optional.empty(), () -> { }).orElseThrow());
        two = new FakeSession(sessions.open("test", Optional.empty(), () -> { }).orElseThrow());
    }

    private static EffectiveModelContext load() {
        try {
            return YangSchemas.load(List.of(Objects.requireNonNull(
                DatastoreRpcHarness.class.getResource("/yang/ncdata@2025-01-01.yang"))));
        } catch (SchemaLoadException e) {
            throw new IllegalStateException(e);
        }
    }

    Element send(FakeSession session, String operation) throws Exception {
        String message = "<rpc message-id=\"1\" xmlns=\"" + NetconfXml.BASE_NS + "\">" + operation + "</rpc>";
        byte[] reply = dispatcher.dispatch(message.getBytes(StandardCharsets.UTF_8), session);
        Element root = NetconfXml.parse(reply).getDocumentElement();
        assertTrue(NetconfXml.isBase(root, "rpc-reply"), () -> new String(reply, StandardCharsets.UTF_8));
        return root;
    }

    /** {@code <config>} holding a box with the given content. */
    static String config(String boxContent) {
        return "<config><box xmlns=\"" + NS + "\">" + boxContent + "</box></config>";
    }

    static String editRunning(String boxContent) {
        return "<edit-config><target><running/></target>" + config(boxContent) + "</edit-config>";
    }

    static String editCandidate(String boxContent) {
        return "<edit-config><target><candidate/></target>" + config(boxContent) + "</edit-config>";
    }

    String url(String relative) {
        return directory.resolve(relative).toAbsolutePath().toUri().toString();
    }

    static void assertOk(Element reply) {
        assertTrue(NetconfXml.baseChild(reply, "ok").isPresent(), () -> text(reply));
    }

    /** The reply's rpc-errors. */
    static List<Element> errors(Element reply) {
        return NetconfXml.childElements(reply).stream().filter(e -> NetconfXml.isBase(e, "rpc-error")).toList();
    }

    /** Asserts one rpc-error with that tag and returns it. */
    static Element assertError(Element reply, String tag) {
        List<Element> errors = errors(reply);
        assertEquals(1, errors.size(), () -> text(reply));
        assertEquals(tag, leaf(errors.getFirst(), "error-tag"), () -> text(reply));
        return errors.getFirst();
    }

    static String text(Element element) {
        return new String(NetconfXml.serialize(element), StandardCharsets.UTF_8);
    }

    /** The text of the first descendant with that local name, in any namespace; "" when absent. */
    static String leaf(Element root, String localName) {
        var nodes = root.getElementsByTagNameNS("*", localName);
        return nodes.getLength() == 0 ? "" : nodes.item(0).getTextContent().strip();
    }

    @Override
    public void close() {
        timers.shutdownNow();
    }
}
