package org.takahe.netconf;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.takahe.datastore.DatastoreName;

/** Confirmed commit 1.1 (RFC 6241 §8.4) over SSH: confirm, timeout, session drop, cancel, persist. */
@Timeout(value = 20, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class ConfirmedCommitTest {

    private static final String GET_RUNNING = "<get-config><source><running/></source></get-config>";

    @TempDir
    static Path dataDir;

    private static TestServer server;

    @BeforeAll
    static void start() throws Exception {
        server = new TestServer(dataDir);
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    /** Every test starts from running holding the name "base". */
    @BeforeEach
    void resetRunning() throws Exception {
        try (TestServer.Session session = server.connect()) {
            assertTrue(session.rpc(setName("base")).contains("<ok/>"));
            assertTrue(session.rpc("<commit/>").contains("<ok/>"));
        }
    }

    @Test
    void confirmingCommitMakesTheChangePermanent() throws Exception {
        try (TestServer.Session session = server.connect()) {
            session.rpc(setName("trial"));
            assertTrue(session.rpc("<commit><confirmed/><confirm-timeout>1</confirm-timeout></commit>")
                .contains("<ok/>"));
            assertTrue(session.rpc("<commit/>").contains("<ok/>"));
            Thread.sleep(1500);
            assertTrue(running().contains("trial"));
        }
    }

    @Test
    void confirmTimeoutRollsRunningBack() throws Exception {
        try (TestServer.Session subscriber = server.connect(); TestServer.Session session = server.connect()) {
            subscriber.rpc("<create-subscription xmlns=\"urn:ietf:params:xml:ns:netconf:notification:1.0\"/>");
            session.rpc(setName("trial"));
            assertTrue(session.rpc("<commit><confirmed/><confirm-timeout>1</confirm-timeout></commit>")
                .contains("<ok/>"));
            assertTrue(running().contains("trial"));
            String started = subscriber.notification("<netconf-confirmed-commit");
            assertTrue(started.contains("<confirm-event>start</confirm-event><timeout>1</timeout>"), started);
            String timedOut = subscriber.notification("<netconf-confirmed-commit");
            assertTrue(timedOut.contains("<confirm-event>timeout</confirm-event>"), timedOut);
            assertFalse(timedOut.contains("<session-id>"), timedOut);
            assertTrue(running().contains("base"));
            assertFalse(running().contains("trial"));
        }
    }

    @Test
    void droppedSessionRollsItsConfirmedCommitBack() throws Exception {
        try (TestServer.Session session = server.connect()) {
            session.rpc(setName("trial"));
            assertTrue(session.rpc("<commit><confirmed/></commit>").contains("<ok/>"));
        }
        awaitRunning("base");
    }

    @Test
    void anotherSessionCannotCommitWhileAConfirmedCommitIsPending() throws Exception {
        try (TestServer.Session owner = server.connect(); TestServer.Session other = server.connect()) {
            owner.rpc(setName("trial"));
            assertTrue(owner.rpc("<commit><confirmed/></commit>").contains("<ok/>"));
            String refused = other.rpc("<commit/>");
            assertTrue(refused.contains("<error-tag>in-use</error-tag>"), refused);
            assertTrue(owner.rpc("<cancel-commit/>").contains("<ok/>"));
            assertTrue(running().contains("base"));
        }
    }

    @Test
    void cancelCommitRollsBackAndNeedsAPendingCommit() throws Exception {
        try (TestServer.Session session = server.connect()) {
            session.rpc(setName("trial"));
            assertTrue(session.rpc("<commit><confirmed/></commit>").contains("<ok/>"));
            assertTrue(session.rpc("<cancel-commit/>").contains("<ok/>"));
            assertTrue(running().contains("base"));
            String nothing = session.rpc("<cancel-commit/>");
            assertTrue(nothing.contains("<error-tag>operation-failed</error-tag>"), nothing);
        }
    }

    @Test
    void persistentConfirmedCommitOutlivesItsSessionAndIsConfirmedByPersistId() throws Exception {
        try (TestServer.Session owner = server.connect()) {
            owner.rpc(setName("trial"));
            assertTrue(owner.rpc("<commit><confirmed/><persist>p-1</persist></commit>").contains("<ok/>"));
        }
        try (TestServer.Session other = server.connect()) {
            String wrong = other.rpc("<commit><persist-id>p-2</persist-id></commit>");
            assertTrue(wrong.contains("<error-tag>invalid-value</error-tag>"), wrong);
            String withoutId = other.rpc("<commit/>");
            assertTrue(withoutId.contains("<error-tag>in-use</error-tag>"), withoutId);
            assertTrue(running().contains("trial"));
            assertTrue(other.rpc("<commit><persist-id>p-1</persist-id></commit>").contains("<ok/>"));
        }
        assertTrue(running().contains("trial"));
    }

    @Test
    void persistentConfirmedCommitIsCancelledFromAnySessionWithItsPersistId() throws Exception {
        try (TestServer.Session owner = server.connect(); TestServer.Session other = server.connect()) {
            owner.rpc(setName("trial"));
            assertTrue(owner.rpc("<commit><confirmed/><persist>p-9</persist></commit>").contains("<ok/>"));
            assertTrue(other.rpc("<cancel-commit><persist-id>p-9</persist-id></cancel-commit>").contains("<ok/>"));
            assertTrue(running().contains("base"));
        }
    }

    @Test
    void followUpConfirmedCommitKeepsTheFirstRollbackPoint() throws Exception {
        try (TestServer.Session session = server.connect()) {
            session.rpc(setName("first"));
            assertTrue(session.rpc("<commit><confirmed/></commit>").contains("<ok/>"));
            session.rpc(setName("second"));
            assertTrue(session.rpc("<commit><confirmed/></commit>").contains("<ok/>"));
            assertTrue(running().contains("second"));
            assertTrue(session.rpc("<cancel-commit/>").contains("<ok/>"));
            assertTrue(running().contains("base"));
        }
    }

    private static String setName(String name) {
        return "<edit-config><target><candidate/></target><config><server xmlns=\"" + TestSchema.NS + "\"><name>"
            + name + "</name></server></config></edit-config>";
    }

    private static String running() {
        return server.datastore.read(DatastoreName.RUNNING).toString();
    }

    private static void awaitRunning(String name) throws InterruptedException {
        for (int attempt = 0; attempt < 200 && !running().contains(name); attempt++) {
            Thread.sleep(20);
        }
        assertTrue(running().contains(name), running());
    }
}
