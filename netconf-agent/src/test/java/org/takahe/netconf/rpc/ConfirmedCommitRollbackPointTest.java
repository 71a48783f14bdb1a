package org.takahe.netconf.rpc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.takahe.netconf.rpc.DatastoreRpcHarness.assertOk;
import static org.takahe.netconf.rpc.DatastoreRpcHarness.editCandidate;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opendaylight.yangtools.yang.data.api.schema.ContainerNode;
import org.takahe.datastore.DatastoreFiles;
import org.takahe.datastore.DatastoreName;
import org.takahe.datastore.InMemoryConfigDatastore;

/** A confirmed commit keeps its rollback point on disk while it is pending (RFC 6241 §8.4). */
class ConfirmedCommitRollbackPointTest {

    @TempDir
    Path directory;

    private DatastoreRpcHarness nc;
    private Path rollbackFile;

    @BeforeEach
    void open() throws Exception {
        nc = new DatastoreRpcHarness(directory);
        rollbackFile = DatastoreFiles.in(directory).rollback();
    }

    @AfterEach
    void close() {
        nc.close();
    }

    private InMemoryConfigDatastore restart() throws Exception {
        return InMemoryConfigDatastore.open(DatastoreRpcHarness.SCHEMA, DatastoreFiles.in(directory),
            Optional.empty(), List.of());
    }

    @Test
    void restartWhileAConfirmedCommitIsPendingRunsTheConfigurationBeforeIt() throws Exception {
        ContainerNode before = nc.datastore.read(DatastoreName.RUNNING);
        assertOk(nc.send(nc.one, editCandidate("<label>on-trial</label>")));
        assertOk(nc.send(nc.one, "<commit><confirmed/></commit>"));
        assertTrue(Files.exists(rollbackFile));

        assertEquals(before, restart().read(DatastoreName.RUNNING));
        assertFalse(Files.exists(rollbackFile));
    }

    @Test
    void confirmingCommitRemovesTheRollbackPoint() throws Exception {
        assertOk(nc.send(nc.one, editCandidate("<label>kept</label>")));
        assertOk(nc.send(nc.one, "<commit><confirmed/></commit>"));
        assertOk(nc.send(nc.one, "<commit/>"));
        ContainerNode confirmed = nc.datastore.read(DatastoreName.RUNNING);

        assertFalse(Files.exists(rollbackFile));
        assertEquals(confirmed, restart().read(DatastoreName.RUNNING));
    }

    @Test
    void cancelCommitRemovesTheRollbackPoint() throws Exception {
        assertOk(nc.send(nc.one, editCandidate("<label>dropped</label>")));
        assertOk(nc.send(nc.one, "<commit><confirmed/></commit>"));
        assertOk(nc.send(nc.one, "<cancel-commit/>"));

        assertFalse(Files.exists(rollbackFile));
    }
}
