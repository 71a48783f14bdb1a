package org.takahe.datastore;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import org.opendaylight.yangtools.yang.data.api.schema.ContainerNode;
import org.opendaylight.yangtools.yang.data.tree.api.DataTree;
import org.opendaylight.yangtools.yang.data.tree.api.DataTreeCandidateTip;
import org.opendaylight.yangtools.yang.data.tree.api.DataTreeConfiguration;
import org.opendaylight.yangtools.yang.data.tree.api.DataTreeModification;
import org.opendaylight.yangtools.yang.data.tree.api.DataValidationFailedException;
import org.opendaylight.yangtools.yang.data.tree.api.TreeType;
import org.opendaylight.yangtools.yang.data.tree.impl.ReferenceDataTreeFactory;
import org.opendaylight.yangtools.yang.model.api.EffectiveModelContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.takahe.datastore.xml.XmlDataCodec;

/**
 * Running is a yangtools in-memory data tree; the shared candidate is the list of edits made since
 * the last commit, replayed onto running (RFC 6241 §8.3). Keeping the edits rather than a frozen
 * copy lets the candidate follow running when running changes underneath it. Every commit is
 * validated as a whole (structure, mandatory nodes, uniqueness, leafrefs, commit participants)
 * before running changes, and written to the startup file by atomic replace.
 */
public final class InMemoryConfigDatastore implements ConfigDatastore {

    private static final Logger LOG = LoggerFactory.getLogger(InMemoryConfigDatastore.class);

    private final ReentrantLock lock = new ReentrantLock();
    private final EffectiveModelContext schema;
    private final DataTree running;
    private final StartupFile startupFile;
    private final List<CommitParticipant> participants;
    private final ValidationFailures failures;
    private final EditApplier editor;
    private final LeafRefChecker leafRefs;

    private ContainerNode startup = DataRoots.empty();
    private List<Edit> candidateEdits = List.of();
    /** What the candidate reads as while it holds edits; empty while it reads as running. */
    private Optional<ContainerNode> candidate = Optional.empty();

    private InMemoryConfigDatastore(EffectiveModelContext schema, StartupFile startupFile,
            List<CommitParticipant> participants) {
        this.schema = schema;
        this.running = new ReferenceDataTreeFactory().create(DataTreeConfiguration.builder(TreeType.CONFIGURATION)
            .setMandatoryNodesValidation(true).setUniqueIndexes(true).build(), schema);
        this.startupFile = startupFile;
        this.participants = List.copyOf(participants);
        this.failures = new ValidationFailures(schema);
        this.editor = new EditApplier(failures);
        this.leafRefs = new LeafRefChecker(schema);
    }

    /**
     * Opens the datastores: startup comes from {@code startupFile} if it exists, else from
     * {@code initialConfig} (then saved to {@code startupFile}), else is empty. It is validated,
     * handed to the participants as a change from nothing, and becomes running.
     *
     * @throws DatastoreException when the startup configuration is unreadable or invalid, or a
     *     participant refuses it
     */
    public static InMemoryConfigDatastore open(EffectiveModelContext schema, Path startupFile,
            Optional<URL> initialConfig, List<CommitParticipant> participants) throws DatastoreException {
        XmlDataCodec codec = new XmlDataCodec(schema);
        StartupFile file = new StartupFile(startupFile, codec);
        InMemoryConfigDatastore datastore = new InMemoryConfigDatastore(schema, file, participants);
        Optional<ContainerNode> stored = file.read();
        ContainerNode initial;
        String source;
        if (stored.isPresent()) {
            initial = stored.orElseThrow();
            source = file.path().toString();
        } else if (initialConfig.isPresent()) {
            initial = readInitial(codec, initialConfig.orElseThrow());
            source = initialConfig.orElseThrow().toString();
        } else {
            initial = DataRoots.empty();
            source = "nowhere (empty)";
        }
        datastore.lock.lock();
        try {
            DataTreeModification modification = datastore.running.takeSnapshot().newModification();
            modification.write(DataRoots.PATH, initial);
            modification.ready();
            datastore.commitModification(modification, initial, stored.isEmpty() && initialConfig.isPresent());
        } catch (DatastoreException e) {
            throw new DatastoreException(e.tag(), e.errorPath(), e.errorAppTag(),
                "startup configuration from " + source + " is unusable: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            throw new DatastoreException(ErrorTag.INVALID_VALUE, Optional.empty(),
                "startup configuration from " + source + " does not fit the schema: " + e.getMessage(), e);
        } finally {
            datastore.lock.unlock();
        }
        DatastoreMessages.DATASTORE_OPENED.log(LOG, source);
        return datastore;
    }

    private static ContainerNode readInitial(XmlDataCodec codec, URL initialConfig) throws DatastoreException {
        try (InputStream in = initialConfig.openStream()) {
            return codec.readConfigDocument(in);
        } catch (IOException e) {
            throw new DatastoreException(ErrorTag.OPERATION_FAILED, Optional.empty(),
                "cannot read initial configuration " + initialConfig + ": " + e.getMessage(), e);
        }
    }

    @Override
    public EffectiveModelContext schema() {
        return schema;
    }

    @Override
    public ContainerNode read(DatastoreName datastore) {
        lock.lock();
        try {
            return switch (datastore) {
                case RUNNING -> runningRoot();
                case CANDIDATE -> candidate.orElseGet(this::runningRoot);
                case STARTUP -> startup;
            };
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void edit(DatastoreName target, List<Edit> edits) throws DatastoreException {
        lock.lock();
        try {
            switch (target) {
                case CANDIDATE -> {
                    List<Edit> all = new ArrayList<>(candidateEdits);
                    all.addAll(edits);
                    candidate = Optional.of(contentAfter(all));
                    candidateEdits = List.copyOf(all);
                }
                case RUNNING -> {
                    commitModification(replay(edits), contentAfter(edits), true);
                    rebaseCandidate();
                }
                case STARTUP -> throw new DatastoreException(ErrorTag.OPERATION_NOT_SUPPORTED, Optional.empty(),
                    "startup cannot be edited; it follows running");
            }
        } catch (DatastoreException e) {
            DatastoreMessages.DATASTORE_COMMIT_REJECTED.log(LOG, e.tag().xmlName(), e.errorPath().orElse("-"),
                e.getMessage());
            throw e;
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void commit() throws DatastoreException {
        lock.lock();
        try {
            if (candidateEdits.isEmpty()) {
                return;
            }
            commitModification(replay(candidateEdits), candidate.orElseThrow(), true);
            resetCandidate();
        } catch (DatastoreException e) {
            DatastoreMessages.DATASTORE_COMMIT_REJECTED.log(LOG, e.tag().xmlName(), e.errorPath().orElse("-"),
                e.getMessage());
            throw e;
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void discardChanges() {
        lock.lock();
        try {
            if (!candidateEdits.isEmpty()) {
                resetCandidate();
                DatastoreMessages.DATASTORE_CANDIDATE_DISCARDED.log(LOG);
            }
        } finally {
            lock.unlock();
        }
    }

    @Override
    public boolean candidateModified() {
        lock.lock();
        try {
            return !candidateEdits.isEmpty();
        } finally {
            lock.unlock();
        }
    }

    private ContainerNode runningRoot() {
        return (ContainerNode) running.takeSnapshot().readNode(DataRoots.PATH).orElseThrow();
    }

    /**
     * What running would hold after the edits, checked for structure only: a candidate may lack
     * mandatory nodes until it is committed.
     */
    private ContainerNode contentAfter(List<Edit> edits) throws DatastoreException {
        DataTree scratch = ScratchTrees.holding(schema, runningRoot());
        DataTreeModification modification = scratch.takeSnapshot().newModification();
        editor.applyAll(modification, edits);
        try {
            modification.ready();
            scratch.validate(modification);
        } catch (DataValidationFailedException | RuntimeException e) {
            throw failures.translate(e, Optional.empty(), Optional.empty());
        }
        return (ContainerNode) modification.readNode(DataRoots.PATH).orElseThrow();
    }

    /**
     * The edits applied to a fresh modification of running, sealed, for commit. Replaying the
     * edits (rather than writing the resulting content) gives participants a change set that says
     * exactly what was touched.
     */
    private DataTreeModification replay(List<Edit> edits) throws DatastoreException {
        DataTreeModification modification = running.takeSnapshot().newModification();
        editor.applyAll(modification, edits);
        try {
            modification.ready();
        } catch (RuntimeException e) {
            throw failures.translate(e, Optional.empty(), Optional.empty());
        }
        return modification;
    }

    /**
     * Validates a sealed modification as a whole, asks the participants, and only then makes it
     * running, saves it as startup and lets the participants apply it. Any failure before the data
     * tree commit leaves everything as it was.
     */
    private void commitModification(DataTreeModification modification, ContainerNode content, boolean save)
            throws DatastoreException {
        ContainerNode before = runningRoot();
        DataTreeCandidateTip change;
        try {
            running.validate(modification);
            change = running.prepare(modification);
        } catch (DataValidationFailedException | RuntimeException e) {
            throw failures.translate(e, Optional.empty(), Optional.of(content));
        }
        ContainerNode after = (ContainerNode) change.getRootNode().findDataAfter().orElseGet(DataRoots::empty);
        leafRefs.check(after);
        ConfigChange configChange = new ConfigChange(before, after, change);
        for (CommitParticipant participant : participants) {
            try {
                participant.validate(configChange);
            } catch (RuntimeException e) {
                throw new DatastoreException(ErrorTag.OPERATION_FAILED, Optional.empty(),
                    "commit participant " + participant + " failed while checking the change: " + e, e);
            }
        }
        Optional<StartupFile.Pending> pending = save ? Optional.of(prepareStartup(after)) : Optional.empty();
        running.commit(change);
        if (pending.map(this::publish).orElse(Boolean.TRUE)) {
            startup = after;
        }
        DatastoreMessages.DATASTORE_COMMITTED.log(LOG, change.getRootNode().modificationType(),
            pending.isPresent() ? startupFile.path() : "(unchanged)");
        for (CommitParticipant participant : participants) {
            try {
                participant.apply(configChange);
            } catch (RuntimeException e) {
                // running has changed already; the other participants must still follow it
                DatastoreMessages.DATASTORE_PARTICIPANT_APPLY_FAILED.log(LOG, participant, e);
            }
        }
    }

    private StartupFile.Pending prepareStartup(ContainerNode after) throws DatastoreException {
        try {
            return startupFile.prepare(after);
        } catch (IOException e) {
            throw new DatastoreException(ErrorTag.OPERATION_FAILED, Optional.empty(),
                "cannot save the startup configuration to " + startupFile.path() + ": " + e.getMessage(), e);
        }
    }

    /** Whether the startup file now holds the new configuration. */
    private boolean publish(StartupFile.Pending pending) {
        try {
            pending.publish();
            return true;
        } catch (IOException e) {
            pending.abandon();
            DatastoreMessages.DATASTORE_STARTUP_SAVE_FAILED.log(LOG, startupFile.path(), e.toString());
            return false;
        }
    }

    /** After running changed underneath a modified candidate: its edits again, on the new running. */
    private void rebaseCandidate() {
        if (candidateEdits.isEmpty()) {
            return;
        }
        try {
            candidate = Optional.of(contentAfter(candidateEdits));
        } catch (DatastoreException conflict) {
            // e.g. the candidate creates what running now has: keep what the candidate showed
            DatastoreMessages.DATASTORE_CANDIDATE_REBASE_CONFLICT.log(LOG, conflict.getMessage());
            candidateEdits = List.of(Edit.of(EditOperation.REPLACE, DataRoots.PATH, candidate.orElseThrow()));
        }
    }

    private void resetCandidate() {
        candidateEdits = List.of();
        candidate = Optional.empty();
    }
}
