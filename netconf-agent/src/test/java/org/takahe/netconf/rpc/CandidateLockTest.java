package org.takahe.netconf.rpc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.takahe.netconf.rpc.DatastoreRpcHarness.assertError;
import static org.takahe.netconf.rpc.DatastoreRpcHarness.assertOk;
import static org.takahe.netconf.rpc.DatastoreRpcHarness.editCandidate;
import static org.takahe.netconf.rpc.DatastoreRpcHarness.leaf;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;

/** RFC 6241 §7.5 locks against the datastore operations of other sessions. */
class CandidateLockTest {

    @TempDir
    Path directory;

    private DatastoreRpcHarness nc;

    @BeforeEach
    void open() throws Exception {
        nc = new DatastoreRpcHarness(directory);
    }

    @AfterEach
    void close() {
        nc.close();
    }

    @Test
    void lockOnCandidateHoldingAnotherSessionsChangesIsDeniedNamingThatSession() throws Exception {
        assertOk(nc.send(nc.one, editCandidate("<label>mine</label>")));

        Element error = assertError(nc.send(nc.two, "<lock><target><candidate/></target></lock>"), "lock-denied");

        assertEquals(Long.toString(nc.one.sessionId()), leaf(error, "session-id"));
    }

    @Test
    void sessionMayLockTheCandidateHoldingOnlyItsOwnChanges() throws Exception {
        assertOk(nc.send(nc.one, editCandidate("<label>mine</label>")));

        assertOk(nc.send(nc.one, "<lock><target><candidate/></target></lock>"));
    }

    @Test
    void candidateIsLockableAgainOnceItsChangesAreCommitted() throws Exception {
        assertOk(nc.send(nc.one, editCandidate("<label>mine</label>")));
        assertOk(nc.send(nc.one, "<commit/>"));

        assertOk(nc.send(nc.two, "<lock><target><candidate/></target></lock>"));
    }

    @Test
    void lockOnRunningBlocksOtherSessionsCopyConfigAndEditConfig() throws Exception {
        assertOk(nc.send(nc.one, "<lock><target><running/></target></lock>"));

        assertError(nc.send(nc.two, "<copy-config><target><running/></target><source>"
            + DatastoreRpcHarness.config("<label>x</label>") + "</source></copy-config>"), "in-use");
        assertError(nc.send(nc.two, DatastoreRpcHarness.editRunning("<label>x</label>")), "in-use");
        assertOk(nc.send(nc.one, DatastoreRpcHarness.editRunning("<label>holder</label>")));
    }

    @Test
    void lockOnStartupBlocksOtherSessionsCopyConfigAndDeleteConfig() throws Exception {
        assertOk(nc.send(nc.one, "<lock><target><startup/></target></lock>"));

        assertError(nc.send(nc.two, "<copy-config><target><startup/></target><source><running/></source>"
            + "</copy-config>"), "in-use");
        assertError(nc.send(nc.two, "<delete-config><target><startup/></target></delete-config>"), "in-use");
        assertOk(nc.send(nc.one, "<copy-config><target><startup/></target><source><running/></source>"
            + "</copy-config>"));
    }
}
