package org.takahe.netconf.rpc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.opendaylight.yangtools.yang.model.api.EffectiveModelContext;
import org.takahe.datastore.xml.XmlDataCodec;
import org.takahe.netconf.InMemoryDatastore;
import org.takahe.netconf.TestSchema;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class RpcDispatcherTest {

    private static final ScheduledExecutorService TIMERS = Executors.newSingleThreadScheduledExecutor();
    private static EffectiveModelContext schema;

    private final InMemoryDatastore datastore = new InMemoryDatastore(schema);
    private final DatastoreLocks locks = new DatastoreLocks(datastore);
    private final SessionRegistry sessions = new SessionRegistry(8);
    private final RpcDispatcher dispatcher = RpcDispatcher.standard(datastore, new XmlDataCodec(schema),
        () -> TestSchema.stateWithLeases(7), locks, sessions,
        new ConfirmedCommits(datastore, locks, ServerEvents.NONE, TIMERS), ServerEvents.NONE);
    private final FakeSession one = new FakeSession(sessions.open("test", Optional.empty(), () -> { }).orElseThrow());
    private final FakeSession two = new FakeSession(sessions.open("test", Optional.empty(), () -> { }).orElseThrow());

    @BeforeAll
    static void loadSchema() {
        schema = TestSchema.load();
    }

    @AfterAll
    static void stopTimers() {
        TIMERS.shutdownNow();
    }

    @Test
    void replyCarriesEveryAttributeOfTheRpc() throws Exception {
        Element reply = send(one, "<rpc message-id=\"42\" xmlns=\"" + NetconfXml.BASE_NS
            + "\" xmlns:x=\"urn:x\" x:trace=\"abc\"><get-config><source><running/></source></get-config></rpc>");
        assertEquals("42", reply.getAttribute("message-id"));
        assertEquals("abc", reply.getAttributeNS("urn:x", "trace"));
        assertTrue(NetconfXml.baseChild(reply, "data").isPresent());
    }

    @Test
    void candidateEditIsInvisibleInRunningUntilCommit() throws Exception {
        assertOk(send(one, rpc("<edit-config><target><candidate/></target>" + config("<name>lan</name>")
            + "</edit-config>")));
        assertEquals("", leaf(getConfig(one, "running", ""), "name"));
        assertEquals("lan", leaf(getConfig(one, "candidate", ""), "name"));
        assertOk(send(one, rpc("<commit/>")));
        assertEquals("lan", leaf(getConfig(one, "running", ""), "name"));
    }

    @Test
    void editOfRunningTakesEffectAtOnce() throws Exception {
        assertOk(send(one, rpc("<edit-config><target><running/></target>" + config("<name>now</name>")
            + "</edit-config>")));
        assertEquals("now", leaf(getConfig(one, "running", ""), "name"));
    }

    @Test
    void getOverlaysStateDataOnRunning() throws Exception {
        editRunning("<name>lan</name>");
        Element reply = send(one, rpc("<get/>"));
        assertEquals("lan", leaf(reply, "name"));
        assertEquals("7", leaf(reply, "leases"));
    }

    @Test
    void subtreeFilterReturnsOnlySelectedNodes() throws Exception {
        editRunning("<name>lan</name><pool><id>a</id><size>10</size></pool><pool><id>b</id><size>20</size></pool>");
        String filter = "<filter type=\"subtree\"><server xmlns=\"" + TestSchema.NS + "\"><pool><id>b</id>"
            + "<size/></pool></server></filter>";
        Element reply = getConfig(one, "running", filter);
        assertEquals("", leaf(reply, "name"));
        assertEquals(1, reply.getElementsByTagNameNS(TestSchema.NS, "pool").getLength());
        assertEquals("20", leaf(reply, "size"));
        assertEquals("b", leaf(reply, "id"));
    }

    @Test
    void subtreeFilterKeepsTheKeysOfEverySelectedListEntry() throws Exception {
        editRunning("<pool><id>a</id><size>10</size><prefix>p</prefix></pool><pool><id>b</id><size>20</size></pool>");
        String filter = "<filter type=\"subtree\"><server xmlns=\"" + TestSchema.NS + "\"><pool><size/></pool>"
            + "</server></filter>";
        Element reply = getConfig(one, "running", filter);
        var ids = reply.getElementsByTagNameNS(TestSchema.NS, "id");
        assertEquals(java.util.Set.of("a", "b"),
            java.util.Set.of(ids.item(0).getTextContent(), ids.item(1).getTextContent()));
        assertEquals(0, reply.getElementsByTagNameNS(TestSchema.NS, "prefix").getLength());
    }

    @Test
    void subtreeFilterOnOtherNamespaceSelectsNothing() throws Exception {
        editRunning("<name>lan</name>");
        Element reply = getConfig(one, "running", "<filter><server xmlns=\"urn:other\"/></filter>");
        assertTrue(NetconfXml.childElements(NetconfXml.baseChild(reply, "data").orElseThrow()).isEmpty());
    }

    @Test
    void xpathFilterIsAppliedRatherThanRefused() throws Exception {
        Element reply = getConfig(one, "running", "<filter type=\"xpath\" select=\"/server/no-such-node\"/>");
        assertTrue(NetconfXml.childElements(NetconfXml.baseChild(reply, "data").orElseThrow()).isEmpty());
    }

    @Test
    void malformedXmlGetsMalformedMessageWithoutMessageId() throws Exception {
        Element reply = send(one, "<rpc message-id=\"1\" xmlns=\"" + NetconfXml.BASE_NS + "\"><get>");
        assertError(reply, "malformed-message");
        assertFalse(reply.hasAttribute("message-id"));
        assertTrue(NetconfXml.baseChild(reply, "data").isEmpty());
        assertOk(send(one, rpc("<discard-changes/>")));
    }

    @Test
    void malformedXmlFromABase10ClientGetsOperationFailedInstead() throws Exception {
        one.base11 = false;
        Element reply = send(one, "<rpc message-id=\"1\" xmlns=\"" + NetconfXml.BASE_NS + "\"><get>");
        assertError(reply, "operation-failed");
        assertEquals("rpc", leaf(reply, "error-type"));
        assertFalse(reply.hasAttribute("message-id"));
    }

    @Test
    void tooBigAnswersWithoutMessageIdAndCountsABadRpc() throws Exception {
        Element reply = NetconfXml.parse(dispatcher.tooBig(one, 1024)).getDocumentElement();
        assertError(reply, "too-big");
        assertEquals("rpc", leaf(reply, "error-type"));
        assertFalse(reply.hasAttribute("message-id"));
    }

    @Test
    void doctypeIsRefusedAsMalformed() throws Exception {
        Element reply = send(one, "<!DOCTYPE rpc [<!ENTITY x \"y\">]><rpc message-id=\"1\" xmlns=\""
            + NetconfXml.BASE_NS + "\"><get/></rpc>");
        assertError(reply, "malformed-message");
    }

    @Test
    void unknownOperationIsNotSupported() throws Exception {
        Element reply = send(one, rpc("<frobnicate/>"));
        assertError(reply, "operation-not-supported");
        assertEquals("1", reply.getAttribute("message-id"));
    }

    @Test
    void rpcWithoutMessageIdIsMissingAttribute() throws Exception {
        assertError(send(one, "<rpc xmlns=\"" + NetconfXml.BASE_NS + "\"><get/></rpc>"), "missing-attribute");
    }

    @Test
    void getConfigWithoutSourceIsMissingElement() throws Exception {
        Element reply = send(one, rpc("<get-config/>"));
        assertError(reply, "missing-element");
        assertEquals("source", leaf(reply, "bad-element"));
    }

    @Test
    void unknownDefaultOperationIsInvalidValue() throws Exception {
        Element reply = send(one, rpc("<edit-config><target><candidate/></target><default-operation>merge-ish"
            + "</default-operation>" + config("<name>x</name>") + "</edit-config>"));
        assertError(reply, "invalid-value");
    }

    @Test
    void unknownDataElementIsNamedInTheError() throws Exception {
        Element reply = send(one, rpc("<edit-config><target><candidate/></target>" + config("<colour>red</colour>")
            + "</edit-config>"));
        Element error = NetconfXml.baseChild(reply, "rpc-error").orElseThrow();
        assertEquals("application", leaf(error, "error-type"));
        assertEquals("unknown-element", leaf(error, "error-tag"));
        assertTrue(leaf(error, "error-message").contains("colour"));
        Element path = NetconfXml.baseChild(error, "error-path").orElseThrow();
        assertEquals(TestSchema.NS, path.lookupNamespaceURI(path.getTextContent().substring(1).split(":")[0]));
        assertEquals("en", NetconfXml.baseChild(error, "error-message").orElseThrow()
            .getAttributeNS("http://www.w3.org/XML/1998/namespace", "lang"));
    }

    @Test
    void lockHeldByAnotherSessionIsDeniedNamingTheHolder() throws Exception {
        assertOk(send(one, rpc("<lock><target><running/></target></lock>")));
        Element reply = send(two, rpc("<lock><target><running/></target></lock>"));
        assertError(reply, "lock-denied");
        assertEquals("1", leaf(reply, "session-id"));
    }

    @Test
    void editOfDatastoreLockedByAnotherSessionIsInUse() throws Exception {
        assertOk(send(one, rpc("<lock><target><candidate/></target></lock>")));
        Element reply = send(two, rpc("<edit-config><target><candidate/></target>" + config("<name>x</name>")
            + "</edit-config>"));
        assertError(reply, "in-use");
    }

    @Test
    void releasingTheCandidateLockDiscardsUncommittedChanges() throws Exception {
        assertOk(send(one, rpc("<lock><target><candidate/></target></lock>")));
        assertOk(send(one, rpc("<edit-config><target><candidate/></target>" + config("<name>x</name>")
            + "</edit-config>")));
        locks.releaseAll(1);
        assertFalse(datastore.candidateModified());
        assertOk(send(two, rpc("<lock><target><candidate/></target></lock>")));
    }

    @Test
    void unlockOfALockNotHeldFails() throws Exception {
        assertError(send(one, rpc("<unlock><target><running/></target></unlock>")), "operation-failed");
    }

    @Test
    void killSessionEndsTheOtherSessionAndFreesItsLocks() throws Exception {
        AtomicBoolean killed = new AtomicBoolean();
        long victim = sessions.open("test", Optional.empty(), () -> killed.set(true)).orElseThrow();
        assertOk(send(new FakeSession(victim), rpc("<lock><target><running/></target></lock>")));
        assertOk(send(one, rpc("<kill-session><session-id>" + victim + "</session-id></kill-session>")));
        assertTrue(killed.get());
        assertOk(send(one, rpc("<lock><target><running/></target></lock>")));
    }

    @Test
    void killingOwnSessionIsInvalidValue() throws Exception {
        assertError(send(one, rpc("<kill-session><session-id>1</session-id></kill-session>")), "invalid-value");
    }

    @Test
    void closeSessionAnswersOkAndAsksForClose() throws Exception {
        assertOk(send(one, rpc("<close-session/>")));
        assertTrue(one.closeRequested);
    }

    @Test
    void modelOperationAnswersWithItsOutputParametersInTheReply() throws Exception {
        RpcHandler echo = request -> {
            Element output = request.operation().getOwnerDocument().createElementNS("urn:x", "return-message");
            output.setTextContent("removed " + request.operation().getTextContent());
            return new RpcOutput.Parameters(java.util.List.of(output));
        };
        RpcDispatcher withModel = dispatcher.with(java.util.Map.of(RpcDispatcher.qualified("urn:x", "purge"), echo,
            RpcDispatcher.qualified("urn:x", "nothing"), request -> new RpcOutput.Parameters(java.util.List.of())));
        byte[] answer = withModel.dispatch(rpc("<purge xmlns=\"urn:x\">lease</purge>")
            .getBytes(StandardCharsets.UTF_8), one);
        Element reply = NetconfXml.parse(answer).getDocumentElement();
        Element message = (Element) reply.getElementsByTagNameNS("urn:x", "return-message").item(0);
        assertEquals("removed lease", message.getTextContent());
        assertEquals(reply, message.getParentNode(), "output parameters are children of rpc-reply");
        Element empty = NetconfXml.parse(withModel.dispatch(rpc("<nothing xmlns=\"urn:x\"/>")
            .getBytes(StandardCharsets.UTF_8), one)).getDocumentElement();
        assertOk(empty);
    }

    private void editRunning(String serverContent) throws Exception {
        assertOk(send(one, rpc("<edit-config><target><running/></target>" + config(serverContent)
            + "</edit-config>")));
    }

    private Element getConfig(FakeSession session, String source, String filter) throws Exception {
        return send(session, rpc("<get-config><source><" + source + "/></source>" + filter + "</get-config>"));
    }

    private static String config(String serverContent) {
        return "<config><server xmlns=\"" + TestSchema.NS + "\">" + serverContent + "</server></config>";
    }

    private static String rpc(String operation) {
        return "<rpc message-id=\"1\" xmlns=\"" + NetconfXml.BASE_NS + "\">" + operation + "</rpc>";
    }

    private Element send(FakeSession session, String message) throws Exception {
        byte[] reply = dispatcher.dispatch(message.getBytes(StandardCharsets.UTF_8), session);
        Document document = NetconfXml.parse(reply);
        Element root = document.getDocumentElement();
        assertTrue(NetconfXml.isBase(root, "rpc-reply"), () -> new String(reply, StandardCharsets.UTF_8));
        return root;
    }

    private static void assertOk(Element reply) {
        assertTrue(NetconfXml.baseChild(reply, "ok").isPresent(),
            () -> new String(NetconfXml.serialize(reply), StandardCharsets.UTF_8));
    }

    private static void assertError(Element reply, String tag) {
        Optional<Element> error = NetconfXml.baseChild(reply, "rpc-error");
        assertTrue(error.isPresent(), () -> new String(NetconfXml.serialize(reply), StandardCharsets.UTF_8));
        assertEquals(tag, leaf(error.get(), "error-tag"));
        assertEquals("error", leaf(error.get(), "error-severity"));
    }

    /** The text of the first descendant with that local name, in any namespace; "" when absent. */
    private static String leaf(Element root, String localName) {
        var nodes = root.getElementsByTagNameNS("*", localName);
        return nodes.getLength() == 0 ? "" : nodes.item(0).getTextContent().strip();
    }
}
