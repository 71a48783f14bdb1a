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

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opendaylight.yangtools.yang.data.api.schema.ContainerNode;

class InMemoryConfigDatastoreTest {

    @TempDir
    Path directory;

    private Path startupFile;
    private Path runningFile;
    private final RecordingParticipant participant = new RecordingParticipant();
    private InMemoryConfigDatastore datastore;

    @BeforeEach
    void openEmpty() throws DatastoreException {
        startupFile = directory.resolve("startup.xml");
        runningFile = directory.resolve("running.xml");
        datastore = InMemoryConfigDatastore.open(SCHEMA, DatastoreFiles.in(directory), Optional.empty(),
            List.of(participant));
    }

    private void commitToRunning(String children) throws DatastoreException {
        datastore.edit(DatastoreName.CANDIDATE, edits(children));
        datastore.commit();
    }

    @Test
    void openingWithoutStartupGivesParticipantsAnEmptyConfiguration() {
        assertEquals(1, participant.applied.size());
        assertEquals(DataRoots.empty(), participant.applied.getFirst().before());
        assertEquals(DataRoots.empty(), datastore.read(DatastoreName.RUNNING));
        assertFalse(Files.exists(startupFile));
    }

    @Test
    void candidateEditsReachRunningOnlyAtCommit() throws DatastoreException {
        datastore.edit(DatastoreName.CANDIDATE, edits(server("<pools>" + pool("lan", 24) + "</pools>")));

        assertTrue(datastore.candidateModified());
        assertTrue(find(datastore.read(DatastoreName.CANDIDATE), poolPath("lan")).isPresent());
        assertFalse(find(datastore.read(DatastoreName.RUNNING), poolPath("lan")).isPresent());

        datastore.commit();

        assertFalse(datastore.candidateModified());
        assertTrue(find(datastore.read(DatastoreName.RUNNING), poolPath("lan")).isPresent());
        ConfigChange change = participant.applied.getLast();
        assertEquals(datastore.read(DatastoreName.RUNNING), change.after());
        assertEquals(DataRoots.empty(), change.before());
    }

    @Test
    void createOfExistingNodeFailsWithDataExistsAndLeavesCandidateAsBefore() throws DatastoreException {
        commitToRunning(server("<pools>" + pool("lan", 24) + "</pools>"));
        datastore.edit(DatastoreName.CANDIDATE, edits(server("<name>kept</name>")));
        ContainerNode before = datastore.read(DatastoreName.CANDIDATE);

        DatastoreException e = assertThrows(DatastoreException.class, () -> datastore.edit(DatastoreName.CANDIDATE,
            edits(server("<name>lost</name><pools><pool nc:operation=\"create\"><id>lan</id>"
                + "<prefix-length>16</prefix-length></pool></pools>"))));

        assertEquals(ErrorTag.DATA_EXISTS, e.tag());
        assertEquals(Optional.of("/tt:server/tt:pools/tt:pool[tt:id='lan']"), e.errorPath());
        assertEquals(before, datastore.read(DatastoreName.CANDIDATE));
    }

    @Test
    void deleteOfAbsentNodeFailsWithDataMissing() {
        DatastoreException e = assertThrows(DatastoreException.class, () -> datastore.edit(DatastoreName.CANDIDATE,
            edits(server("<pools><pool nc:operation=\"delete\"><id>ghost</id></pool></pools>"))));

        assertEquals(ErrorTag.DATA_MISSING, e.tag());
        assertEquals(Optional.of("/tt:server/tt:pools/tt:pool[tt:id='ghost']"), e.errorPath());
    }

    @Test
    void removeOfAbsentNodeIsNoError() throws DatastoreException {
        datastore.edit(DatastoreName.CANDIDATE,
            edits(server("<pools><pool nc:operation=\"remove\"><id>ghost</id></pool></pools>")));

        datastore.commit();
        assertFalse(find(datastore.read(DatastoreName.RUNNING), poolPath("ghost")).isPresent());
    }

    @Test
    void deleteAndRemoveTakeAwayExistingEntries() throws DatastoreException {
        commitToRunning(server("<pools>" + pool("a", 24) + pool("b", 24) + "</pools>"));

        commitToRunning(server("<pools><pool nc:operation=\"delete\"><id>a</id></pool>"
            + "<pool nc:operation=\"remove\"><id>b</id></pool></pools>"));

        ContainerNode running = datastore.read(DatastoreName.RUNNING);
        assertFalse(find(running, poolPath("a")).isPresent());
        assertFalse(find(running, poolPath("b")).isPresent());
    }

    @Test
    void replaceSwapsAWholeSubtreeWhileMergeKeepsSiblings() throws DatastoreException {
        commitToRunning(server("<name>lab</name><pools>" + pool("a", 24) + pool("b", 24) + "</pools>"));

        commitToRunning(server("<pools nc:operation=\"replace\">" + pool("c", 20) + "</pools>"));

        ContainerNode running = datastore.read(DatastoreName.RUNNING);
        assertFalse(find(running, poolPath("a")).isPresent());
        assertTrue(find(running, poolPath("c")).isPresent());
        assertTrue(find(running, TestModel.serverPath().node(TestModel.NAME)).isPresent(), "merge kept the name");
    }

    @Test
    void missingMandatoryLeafIsRejectedAtCommitNamingTheEntry() throws DatastoreException {
        datastore.edit(DatastoreName.CANDIDATE, edits(server("<pools><pool><id>lan</id></pool></pools>")));

        DatastoreException e = assertThrows(DatastoreException.class, datastore::commit);

        assertEquals(ErrorTag.MISSING_ELEMENT, e.tag());
        assertEquals(Optional.of("/tt:server/tt:pools/tt:pool[tt:id='lan']/tt:prefix-length"), e.errorPath());
        assertTrue(datastore.candidateModified(), "a failed commit keeps the candidate");
        assertTrue(find(datastore.read(DatastoreName.CANDIDATE), poolPath("lan")).isPresent(),
            "an invalid candidate can still be read");
        assertEquals(DataRoots.empty(), datastore.read(DatastoreName.RUNNING));
    }

    @Test
    void leafrefToMissingEntryIsRejectedAsDataMissingInstanceRequired() throws DatastoreException {
        datastore.edit(DatastoreName.CANDIDATE, edits(server("<default-pool>nowhere</default-pool><pools>"
            + pool("lan", 24) + "</pools>")));

        DatastoreException e = assertThrows(DatastoreException.class, datastore::commit);

        assertEquals(ErrorTag.DATA_MISSING, e.tag());
        assertEquals(Optional.of("instance-required"), e.errorAppTag());
        assertEquals(Optional.of("/tt:server/tt:default-pool"), e.errorPath());
        assertEquals(DataRoots.empty(), datastore.read(DatastoreName.RUNNING));
    }

    @Test
    void deletingTheEntryALeafrefPointsAtIsRejected() throws DatastoreException {
        commitToRunning(server("<default-pool>lan</default-pool><pools>" + pool("lan", 24) + pool("dmz", 28)
            + "</pools>"));

        datastore.edit(DatastoreName.CANDIDATE,
            edits(server("<pools><pool nc:operation=\"delete\"><id>lan</id></pool></pools>")));

        assertEquals(ErrorTag.DATA_MISSING, assertThrows(DatastoreException.class, datastore::commit).tag());
    }

    @Test
    void vetoByParticipantLeavesRunningUnchangedAndCandidateIntact() throws DatastoreException {
        commitToRunning(server("<name>before</name>"));
        ContainerNode running = datastore.read(DatastoreName.RUNNING);
        datastore.edit(DatastoreName.CANDIDATE, edits(server("<name>after</name>")));
        ContainerNode candidate = datastore.read(DatastoreName.CANDIDATE);
        int applied = participant.applied.size();
        participant.veto = true;

        DatastoreException e = assertThrows(CommitVetoException.class, datastore::commit);

        assertEquals(ErrorTag.OPERATION_FAILED, e.tag());
        assertEquals(running, datastore.read(DatastoreName.RUNNING));
        assertEquals(candidate, datastore.read(DatastoreName.CANDIDATE));
        assertEquals(applied, participant.applied.size());

        participant.veto = false;
        datastore.commit();
        assertEquals(candidate, datastore.read(DatastoreName.RUNNING));
    }

    @Test
    void discardChangesMakesCandidateReadAsRunningAgain() throws DatastoreException {
        commitToRunning(server("<name>kept</name>"));
        datastore.edit(DatastoreName.CANDIDATE, edits(server("<name>dropped</name>")));

        datastore.discardChanges();

        assertFalse(datastore.candidateModified());
        assertEquals(datastore.read(DatastoreName.RUNNING), datastore.read(DatastoreName.CANDIDATE));
    }

    @Test
    void committedConfigurationIsPersistedAsRunningAndReloadedByANewDatastoreWhileStartupStays() throws Exception {
        commitToRunning(server("<name>lab</name><pools>" + pool("lan", 24) + "</pools>"));
        ContainerNode running = datastore.read(DatastoreName.RUNNING);

        RecordingParticipant restarted = new RecordingParticipant();
        InMemoryConfigDatastore reopened = InMemoryConfigDatastore.open(SCHEMA, DatastoreFiles.in(directory),
            Optional.empty(), List.of(restarted));

        assertEquals(running, reopened.read(DatastoreName.RUNNING));
        assertEquals(DataRoots.empty(), reopened.read(DatastoreName.STARTUP), "a commit does not touch startup");
        assertEquals(running, restarted.applied.getFirst().after());
        try (var files = Files.list(directory)) {
            assertEquals(Set.of(runningFile, directory.resolve("running.slots")), files.collect(Collectors.toSet()),
                "no temporary file is left behind");
        }
    }

    @Test
    void runningXmlIsAReadableCopyOfEachCommit() throws Exception {
        commitToRunning(server("<name>first</name>"));
        commitToRunning(server("<name>second</name>"));

        String copy = Files.readString(runningFile, StandardCharsets.UTF_8);

        assertTrue(copy.contains("<name>second</name>"), copy);
    }

    @Test
    void theDurableCopyWinsOverAStaleReadableCopy() throws Exception {
        commitToRunning(server("<name>durable</name>"));
        // as after a crash between the durable save and the refresh of the readable copy
        Files.writeString(runningFile, "<config xmlns=\"urn:ietf:params:xml:ns:netconf:base:1.0\">"
            + server("<name>stale</name>") + "</config>", StandardCharsets.UTF_8);

        InMemoryConfigDatastore reopened = InMemoryConfigDatastore.open(SCHEMA, DatastoreFiles.in(directory),
            Optional.empty(), List.of());

        assertEquals(data(server("<name>durable</name>")), reopened.read(DatastoreName.RUNNING));
    }

    @Test
    void aDataDirectoryWithOnlyRunningXmlIsRunFromIt() throws Exception {
        commitToRunning(server("<name>kept</name>"));
        Files.delete(directory.resolve("running.slots"));

        InMemoryConfigDatastore reopened = InMemoryConfigDatastore.open(SCHEMA, DatastoreFiles.in(directory),
            Optional.empty(), List.of());

        assertEquals(data(server("<name>kept</name>")), reopened.read(DatastoreName.RUNNING));
        assertTrue(Files.exists(directory.resolve("running.slots")), "the durable copy is made at once");
    }

    @Test
    void initialConfigurationSeedsRunningWhenNoFileExistsAndStartupStaysEmpty() throws Exception {
        Path initial = directory.resolve("initial.xml");
        Files.writeString(initial, "<config xmlns=\"urn:ietf:params:xml:ns:netconf:base:1.0\">"
            + server("<name>seed</name>") + "</config>", StandardCharsets.UTF_8);
        Path seeded = directory.resolve("seeded");

        InMemoryConfigDatastore opened = InMemoryConfigDatastore.open(SCHEMA, DatastoreFiles.in(seeded),
            Optional.of(initial.toUri().toURL()), List.of());

        assertEquals(data(server("<name>seed</name>")), opened.read(DatastoreName.RUNNING));
        assertTrue(Files.exists(seeded.resolve("running.xml")));
        assertFalse(Files.exists(seeded.resolve("startup.xml")));
        assertEquals(DataRoots.empty(), opened.read(DatastoreName.STARTUP));
    }

    @Test
    void invalidStartupFileMakesOpenFailWhenThereIsNoRunningFile() throws Exception {
        Files.delete(runningFile);
        Files.writeString(startupFile, "<config xmlns=\"urn:ietf:params:xml:ns:netconf:base:1.0\">"
            + server("<pools><pool><id>lan</id></pool></pools>") + "</config>", StandardCharsets.UTF_8);

        DatastoreException e = assertThrows(DatastoreException.class,
            () -> InMemoryConfigDatastore.open(SCHEMA, DatastoreFiles.in(directory), Optional.empty(), List.of()));

        assertTrue(e.getMessage().contains(startupFile.toString()), e.getMessage());
    }

    @Test
    void editOfRunningIsValidatedAndCommittedAtOnce() throws DatastoreException {
        datastore.edit(DatastoreName.RUNNING, edits(server("<name>direct</name>")));

        assertEquals(data(server("<name>direct</name>")), datastore.read(DatastoreName.RUNNING));
        assertTrue(Files.exists(runningFile));
        assertThrows(DatastoreException.class, () -> datastore.edit(DatastoreName.RUNNING,
            edits(server("<pools><pool><id>lan</id></pool></pools>"))));
    }

    @Test
    void candidateFollowsRunningChangedUnderneathIt() throws DatastoreException {
        datastore.edit(DatastoreName.CANDIDATE, edits(server("<pools>" + pool("lan", 24) + "</pools>")));

        datastore.edit(DatastoreName.RUNNING, edits(server("<name>direct</name>")));

        ContainerNode candidate = datastore.read(DatastoreName.CANDIDATE);
        assertTrue(find(candidate, poolPath("lan")).isPresent());
        assertTrue(find(candidate, TestModel.serverPath().node(TestModel.NAME)).isPresent());
    }

    @Test
    void startupCannotBeEditedDirectly() {
        DatastoreException e = assertThrows(DatastoreException.class,
            () -> datastore.edit(DatastoreName.STARTUP, edits(server("<name>x</name>"))));

        assertEquals(ErrorTag.OPERATION_NOT_SUPPORTED, e.tag());
    }
}
