package org.takahe.datastore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.takahe.datastore.TestModel.SCHEMA;
import static org.takahe.datastore.TestModel.data;
import static org.takahe.datastore.TestModel.edits;
import static org.takahe.datastore.TestModel.find;
import static org.takahe.datastore.TestModel.pool;
import static org.takahe.datastore.TestModel.poolPath;
import static org.takahe.datastore.TestModel.server;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opendaylight.yangtools.yang.data.api.schema.ContainerNode;

/** copy-config, delete-config, validate, test-option and error-option on the real datastore. */
class DatastoreOperationsTest {

    @TempDir
    Path directory;

    private final RecordingParticipant participant = new RecordingParticipant();
    private InMemoryConfigDatastore datastore;

    @BeforeEach
    void open() throws DatastoreException {
        datastore = reopen(List.of(participant));
        datastore.edit(DatastoreName.RUNNING, edits(server("<name>lab</name><pools>" + pool("lan", 24) + "</pools>")));
    }

    private InMemoryConfigDatastore reopen(List<CommitParticipant> participants) throws DatastoreException {
        return InMemoryConfigDatastore.open(SCHEMA, DatastoreFiles.in(directory), Optional.empty(), participants);
    }

    @Test
    void copyOfRunningToStartupSavesTheStartupFileWithoutTouchingRunning() throws Exception {
        int applied = participant.applied.size();

        datastore.copy(DatastoreName.STARTUP, datastore.read(DatastoreName.RUNNING));

        assertEquals(datastore.read(DatastoreName.RUNNING), datastore.read(DatastoreName.STARTUP));
        assertTrue(Files.exists(directory.resolve("startup.xml")));
        assertEquals(applied, participant.applied.size(), "participants only take part in changes of running");
    }

    @Test
    void runningFileWinsOverStartupFileAtOpen() throws Exception {
        datastore.copy(DatastoreName.STARTUP, data(server("<name>saved</name>")));

        InMemoryConfigDatastore reopened = reopen(List.of());

        assertEquals(datastore.read(DatastoreName.RUNNING), reopened.read(DatastoreName.RUNNING));
        assertEquals(data(server("<name>saved</name>")), reopened.read(DatastoreName.STARTUP));
    }

    @Test
    void startupFileIsRunWhenThereIsNoRunningFile() throws Exception {
        datastore.copy(DatastoreName.STARTUP, data(server("<name>saved</name>")));
        Files.delete(directory.resolve("running.xml"));

        assertEquals(data(server("<name>saved</name>")), reopen(List.of()).read(DatastoreName.RUNNING));
        assertTrue(Files.exists(directory.resolve("running.xml")), "running is saved as soon as it is loaded");
    }

    @Test
    void invalidConfigurationIsNotCopiedToStartup() {
        DatastoreException e = assertThrows(DatastoreException.class, () -> datastore.copy(DatastoreName.STARTUP,
            data(server("<pools><pool><id>x</id></pool></pools>"))));

        assertEquals(ErrorTag.MISSING_ELEMENT, e.tag(), e::toString);
        assertFalse(Files.exists(directory.resolve("startup.xml")));
    }

    @Test
    void deleteStartupRemovesItsFileAndEmptiesIt() throws Exception {
        datastore.copy(DatastoreName.STARTUP, datastore.read(DatastoreName.RUNNING));

        datastore.deleteStartup();

        assertEquals(DataRoots.empty(), datastore.read(DatastoreName.STARTUP));
        assertFalse(Files.exists(directory.resolve("startup.xml")));
        assertFalse(datastore.read(DatastoreName.RUNNING).isEmpty(), "running is not affected");
    }

    @Test
    void copyToRunningReplacesEverythingThroughTheCommitPath() throws Exception {
        ContainerNode replacement = data(server("<pools>" + pool("dmz", 28) + "</pools>"));

        datastore.copy(DatastoreName.RUNNING, replacement);

        assertEquals(replacement, datastore.read(DatastoreName.RUNNING));
        assertEquals(replacement, participant.applied.getLast().after());
    }

    @Test
    void copyToRunningRefusedByAParticipantChangesNothing() throws Exception {
        ContainerNode before = datastore.read(DatastoreName.RUNNING);
        participant.veto = true;

        assertThrows(CommitVetoException.class, () -> datastore.copy(DatastoreName.RUNNING, DataRoots.empty()));

        assertEquals(before, datastore.read(DatastoreName.RUNNING));
    }

    @Test
    void copyToCandidateIsKeptUntilCommit() throws Exception {
        ContainerNode replacement = data(server("<name>other</name>"));

        datastore.copy(DatastoreName.CANDIDATE, replacement);

        assertTrue(datastore.candidateModified());
        assertEquals(replacement, datastore.read(DatastoreName.CANDIDATE));
        datastore.commit();
        assertEquals(replacement, datastore.read(DatastoreName.RUNNING));
    }

    @Test
    void validateRunsTheWholeCommitValidationWithoutChangingAnything() throws Exception {
        ContainerNode running = datastore.read(DatastoreName.RUNNING);
        int validated = participant.validated.size();

        datastore.validate(data(server("<pools>" + pool("dmz", 28) + "</pools>")));
        DatastoreException missing = assertThrows(DatastoreException.class,
            () -> datastore.validate(data(server("<pools><pool><id>x</id></pool></pools>"))));
        DatastoreException dangling = assertThrows(DatastoreException.class,
            () -> datastore.validate(data(server("<default-pool>ghost</default-pool>"))));
        participant.veto = true;
        assertThrows(CommitVetoException.class, () -> datastore.validate(running));

        assertEquals(ErrorTag.MISSING_ELEMENT, missing.tag(), missing::toString);
        assertEquals(Optional.of("prefix-length"), missing.badElement());
        assertEquals(Optional.of("instance-required"), dangling.errorAppTag());
        assertEquals(validated + 2, participant.validated.size(), "participants check what passed the schema");
        assertEquals(running, datastore.read(DatastoreName.RUNNING));
        assertEquals(2, participant.applied.size(), "nothing was applied after the first edit");
    }

    @Test
    void testOnlyOnRunningValidatesAndChangesNothing() throws Exception {
        ContainerNode running = datastore.read(DatastoreName.RUNNING);
        EditOptions testOnly = new EditOptions(EditOptions.TestOption.TEST_ONLY, EditOptions.ErrorOption.STOP_ON_ERROR);

        datastore.edit(DatastoreName.RUNNING, edits(server("<name>tested</name>")), testOnly);
        assertThrows(DatastoreException.class, () -> datastore.edit(DatastoreName.RUNNING,
            edits(server("<pools><pool><id>x</id></pool></pools>")), testOnly));

        assertEquals(running, datastore.read(DatastoreName.RUNNING));
    }

    @Test
    void testOnlyOnCandidateValidatesTheWholeResultAndKeepsTheCandidate() throws Exception {
        EditOptions testOnly = new EditOptions(EditOptions.TestOption.TEST_ONLY, EditOptions.ErrorOption.STOP_ON_ERROR);

        DatastoreException e = assertThrows(DatastoreException.class, () -> datastore.edit(DatastoreName.CANDIDATE,
            edits(server("<pools><pool><id>x</id></pool></pools>")), testOnly));

        assertEquals(ErrorTag.MISSING_ELEMENT, e.tag(), e::toString);
        assertFalse(datastore.candidateModified());
        datastore.edit(DatastoreName.CANDIDATE, edits(server("<pools><pool><id>x</id></pool></pools>")),
            new EditOptions(EditOptions.TestOption.SET, EditOptions.ErrorOption.STOP_ON_ERROR));
        assertTrue(datastore.candidateModified(), "set on the candidate checks structure only");
    }

    @Test
    void continueOnErrorAppliesTheEditsThatSucceedAndReportsEachFailure() throws Exception {
        List<Edit> mixed = edits(server("<name>renamed</name><pools>"
            + "<pool nc:operation=\"delete\"><id>ghost</id></pool>"
            + "<pool nc:operation=\"create\"><id>lan</id><prefix-length>16</prefix-length></pool>"
            + "<pool nc:operation=\"create\"><id>dmz</id><prefix-length>28</prefix-length></pool></pools>"));

        List<DatastoreException> skipped = datastore.edit(DatastoreName.RUNNING, mixed,
            new EditOptions(EditOptions.TestOption.TEST_THEN_SET, EditOptions.ErrorOption.CONTINUE_ON_ERROR));

        assertEquals(List.of(ErrorTag.DATA_MISSING, ErrorTag.DATA_EXISTS),
            skipped.stream().map(DatastoreException::tag).toList());
        ContainerNode running = datastore.read(DatastoreName.RUNNING);
        assertTrue(find(running, poolPath("dmz")).isPresent());
        assertTrue(find(running, TestModel.serverPath().node(TestModel.NAME)).map(n -> n.body().equals("renamed"))
            .orElse(false));
    }

    @Test
    void stopOnErrorAppliesNothingWhenOneEditFails() throws Exception {
        ContainerNode running = datastore.read(DatastoreName.RUNNING);

        assertThrows(DatastoreException.class, () -> datastore.edit(DatastoreName.RUNNING, edits(server(
            "<name>renamed</name><pools><pool nc:operation=\"delete\"><id>ghost</id></pool></pools>"))));

        assertEquals(running, datastore.read(DatastoreName.RUNNING));
    }

    @Test
    void participantsSeeTheConfigurationWithItsDefaultsFilledIn() throws Exception {
        RecordingParticipant seeing = new RecordingParticipant();
        InMemoryConfigDatastore withDefaults = InMemoryConfigDatastore.open(DefaultsModel.SCHEMA,
            DatastoreFiles.in(directory.resolve("defaults")), Optional.empty(), List.of(seeing));

        withDefaults.copy(DatastoreName.RUNNING, DefaultsModel.settings("<retries>7</retries>"));

        assertEquals(DefaultsModel.settings("<mode>safe</mode><retries>7</retries><share>50</share><tags>a</tags>"
            + "<tags>b</tags><limits><max>100</max></limits><file><sync>true</sync></file>"),
            seeing.applied.getLast().after());
        assertEquals(DefaultsModel.settings("<retries>7</retries>"), withDefaults.read(DatastoreName.RUNNING),
            "the datastore keeps what was set");
    }
}
