package org.takahe.datastore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.takahe.datastore.TestModel.SCHEMA;
import static org.takahe.datastore.TestModel.data;
import static org.takahe.datastore.TestModel.edits;
import static org.takahe.datastore.TestModel.server;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opendaylight.yangtools.yang.data.api.schema.ContainerNode;

/** The rollback point of a pending confirmed commit survives a crash (RFC 6241 §8.4). */
class RollbackPointTest {

    @TempDir
    Path directory;

    private InMemoryConfigDatastore open() throws DatastoreException {
        return InMemoryConfigDatastore.open(SCHEMA, DatastoreFiles.in(directory), Optional.empty(), List.of());
    }

    private static void commit(InMemoryConfigDatastore datastore, String children) throws DatastoreException {
        datastore.edit(DatastoreName.CANDIDATE, edits(children));
        datastore.commit();
    }

    @Test
    void startAfterACrashDuringAConfirmedCommitRunsTheConfigurationBeforeIt() throws Exception {
        InMemoryConfigDatastore datastore = open();
        commit(datastore, server("<name>confirmed</name>"));
        ContainerNode before = datastore.read(DatastoreName.RUNNING);
        datastore.saveRollbackPoint(before);
        commit(datastore, server("<name>on-trial</name>"));

        InMemoryConfigDatastore restarted = open();

        assertEquals(data(server("<name>confirmed</name>")), restarted.read(DatastoreName.RUNNING));
        assertFalse(Files.exists(DatastoreFiles.in(directory).rollback()), "the rollback point is used up");
        assertEquals(before, open().read(DatastoreName.RUNNING), "running.xml now holds it too");
    }

    @Test
    void clearedRollbackPointLeavesTheCommittedRunningInPlaceAtStart() throws Exception {
        InMemoryConfigDatastore datastore = open();
        datastore.saveRollbackPoint(datastore.read(DatastoreName.RUNNING));
        assertTrue(Files.exists(DatastoreFiles.in(directory).rollback()));
        commit(datastore, server("<name>confirmed</name>"));
        datastore.clearRollbackPoint();

        assertEquals(data(server("<name>confirmed</name>")), open().read(DatastoreName.RUNNING));
    }
}
