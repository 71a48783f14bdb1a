package org.takahe.datastore;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import org.jspecify.annotations.Nullable;
import org.opendaylight.yangtools.yang.data.api.schema.ContainerNode;
import org.opendaylight.yangtools.yang.data.tree.api.DataTree;
import org.opendaylight.yangtools.yang.model.api.EffectiveModelContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.takahe.datastore.xml.XmlDataCodec;

/**
 * Running is a yangtools in-memory data tree (see {@link CommitPipeline}); the shared candidate is
 * the list of edits made since the last commit, replayed onto running (RFC 6241 §8.3). Keeping the
 * edits rather than a frozen copy lets the candidate follow running when running changes
 * underneath it. Running is saved to its own file on every change; startup is a separate file that
 * only copy-config and delete-config change.
 */
public final class InMemoryConfigDatastore implements ConfigDatastore {

    private static final Logger LOG = LoggerFactory.getLogger(InMemoryConfigDatastore.class);

    private final ReentrantLock lock = new ReentrantLock();
    private final EffectiveModelContext schema;
    private final CommitPipeline pipeline;
    private final ConfigFile startupFile;
    private final ConfigFile rollbackFile;
    private final ConfigUrls urls;

    private ContainerNode startup;
    private List<Edit> candidateEdits = List.of();
    /** What the candidate reads as while it holds edits; empty while it reads as running. */
    private Optional<ContainerNode> candidate = Optional.empty();
    /**
     * A lenient tree holding what the candidate reads as, kept so the next edit stacks on it;
     * null when it has to be built again (running changed underneath, or changes were discarded).
     */
    private @Nullable DataTree candidateTree;

    private InMemoryConfigDatastore(EffectiveModelContext schema, DatastoreFiles files, XmlDataCodec codec,
            RunningStore runningStore, List<CommitParticipant> participants, ContainerNode startup) {
        this.schema = schema;
        this.pipeline = new CommitPipeline(schema, runningStore, participants);
        this.startupFile = new ConfigFile(files.startup(), codec);
        this.rollbackFile = new ConfigFile(files.rollback(), codec);
        this.urls = new ConfigUrls(files, codec);
        this.startup = startup;
    }

    /**
     * Opens the datastores. Running comes from its stored copy if there is one, else from the
     * startup file, else from {@code initialConfig}, else is empty; it is validated, handed to the
     * participants as a change from nothing, and saved as running. Startup is the startup
     * file's content, or empty when there is none; opening never writes it.
     *
     * @throws DatastoreException when a file is unreadable, the configuration to run is invalid, or
     *     a participant refuses it
     */
    public static InMemoryConfigDatastore open(EffectiveModelContext schema, DatastoreFiles files,
            Optional<URL> initialConfig, List<CommitParticipant> participants) throws DatastoreException {
        XmlDataCodec codec = new XmlDataCodec(schema);
        RunningStore runningStore = RunningStore.open(files, codec);
        ConfigFile startupFile = new ConfigFile(files.startup(), codec);
        Optional<ContainerNode> storedStartup = startupFile.read();
        InMemoryConfigDatastore datastore = new InMemoryConfigDatastore(schema, files, codec, runningStore,
            participants, storedStartup.orElseGet(DataRoots::empty));
        Optional<ContainerNode> storedRunning = runningStore.read();
        Optional<ContainerNode> rollbackPoint = datastore.rollbackFile.read();
        ContainerNode initial;
        String source;
        if (rollbackPoint.isPresent()) {
            initial = rollbackPoint.orElseThrow();
            source = datastore.rollbackFile.path().toString();
            DatastoreMessages.DATASTORE_UNCONFIRMED_COMMIT_REVERTED.log(LOG, source);
        } else if (storedRunning.isPresent()) {
            initial = storedRunning.orElseThrow();
            source = runningStore.path().toString();
        } else if (storedStartup.isPresent()) {
            initial = storedStartup.orElseThrow();
            source = startupFile.path().toString();
        } else if (initialConfig.isPresent()) {
            initial = readInitial(codec, initialConfig.orElseThrow());
            source = initialConfig.orElseThrow().toString();
        } else {
            initial = DataRoots.empty();
            source = "nowhere (empty)";
        }
        datastore.lock.lock();
        try {
            CommitPipeline pipeline = datastore.pipeline;
            pipeline.commit(pipeline.replacing(initial), initial);
        } catch (DatastoreException e) {
            throw e.withMessage("configuration from " + source + " is unusable: " + e.getMessage());
        } catch (RuntimeException e) {
            throw new DatastoreException(ErrorTag.INVALID_VALUE, Optional.empty(),
                "configuration from " + source + " does not fit the schema: " + e.getMessage(), e);
        } finally {
            datastore.lock.unlock();
        }
        // Only now that running is saved may the rollback point go: a crash before leaves it in place.
        datastore.clearRollbackPoint();
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
                case RUNNING -> pipeline.running();
                case CANDIDATE -> candidate.orElseGet(pipeline::running);
                case STARTUP -> startup;
            };
        } finally {
            lock.unlock();
        }
    }

    @Override
    public List<DatastoreException> edit(DatastoreName target, List<Edit> edits, EditOptions options)
            throws DatastoreException {
        lock.lock();
        try {
            List<Edit> base = target == DatastoreName.CANDIDATE ? candidateEdits : List.of();
            List<DatastoreException> skipped = new ArrayList<>();
            List<Edit> applied = options.error() == EditOptions.ErrorOption.CONTINUE_ON_ERROR
                ? applicable(base, edits, skipped) : edits;
            boolean testOnly = options.test() == EditOptions.TestOption.TEST_ONLY;
            switch (target) {
                case CANDIDATE -> {
                    DataTree tree = candidateTree != null ? candidateTree
                        : pipeline.scratchHolding(candidate.orElseGet(pipeline::running));
                    ContainerNode content = pipeline.stacked(tree, applied, !testOnly);
                    if (testOnly) {
                        pipeline.check(pipeline.replacing(content), content);
                    } else {
                        candidateTree = tree;
                        candidate = Optional.of(content);
                        candidateEdits = List.copyOf(concat(base, applied));
                    }
                }
                case RUNNING -> {
                    ContainerNode content = pipeline.contentAfter(applied);
                    if (testOnly) {
                        pipeline.check(pipeline.replay(applied), content);
                    } else {
                        pipeline.commit(pipeline.replay(applied), content);
                        rebaseCandidate();
                    }
                }
                case STARTUP -> throw new DatastoreException(ErrorTag.OPERATION_NOT_SUPPORTED, Optional.empty(),
                    "startup is not edited; copy-config replaces it");
            }
            return List.copyOf(skipped);
        } catch (DatastoreException e) {
            rejected(e);
            throw e;
        } finally {
            lock.unlock();
        }
    }

    /** The edits that apply one by one on top of the base and those kept before them (continue-on-error). */
    private List<Edit> applicable(List<Edit> base, List<Edit> edits, List<DatastoreException> skipped) {
        List<Edit> kept = new ArrayList<>();
        for (Edit edit : edits) {
            try {
                pipeline.contentAfter(concat(concat(base, kept), List.of(edit)));
                kept.add(edit);
            } catch (DatastoreException e) {
                DatastoreMessages.DATASTORE_EDIT_SKIPPED.log(LOG, e.tag().xmlName(), e.errorPath().orElse("-"),
                    e.getMessage());
                skipped.add(e);
            }
        }
        return kept;
    }

    @Override
    public void copy(DatastoreName target, ContainerNode content) throws DatastoreException {
        lock.lock();
        try {
            switch (target) {
                case RUNNING -> {
                    pipeline.commit(pipeline.replacing(content), content);
                    rebaseCandidate();
                }
                case CANDIDATE -> {
                    List<Edit> replace = List.of(Edit.of(EditOperation.REPLACE, DataRoots.PATH, content));
                    candidate = Optional.of(pipeline.contentAfter(replace));
                    candidateEdits = replace;
                    candidateTree = null;
                }
                case STARTUP -> {
                    pipeline.check(pipeline.replacing(content), content);
                    saveStartup(content);
                }
            }
        } catch (DatastoreException e) {
            rejected(e);
            throw e;
        } finally {
            lock.unlock();
        }
    }

    private void saveStartup(ContainerNode content) throws DatastoreException {
        try {
            startupFile.write(content);
        } catch (IOException e) {
            throw new DatastoreException(ErrorTag.OPERATION_FAILED, Optional.empty(),
                "cannot save the startup configuration to " + startupFile.path() + ": " + e.getMessage(), e);
        }
        startup = content;
        DatastoreMessages.DATASTORE_STARTUP_SAVED.log(LOG, startupFile.path());
    }

    @Override
    public void deleteStartup() throws DatastoreException {
        lock.lock();
        try {
            startupFile.delete();
            startup = DataRoots.empty();
            DatastoreMessages.DATASTORE_STARTUP_DELETED.log(LOG, startupFile.path());
        } catch (IOException e) {
            throw new DatastoreException(ErrorTag.OPERATION_FAILED, Optional.empty(),
                "cannot delete the startup configuration " + startupFile.path() + ": " + e.getMessage(), e);
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void validate(ContainerNode content) throws DatastoreException {
        lock.lock();
        try {
            pipeline.check(pipeline.replacing(content), content);
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
            pipeline.commit(pipeline.replay(candidateEdits), candidate.orElseThrow());
            // the candidate's tree now holds what running holds: the next edit stacks on it
            DataTree committed = candidateTree;
            resetCandidate();
            candidateTree = committed;
        } catch (DatastoreException e) {
            rejected(e);
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

    @Override
    public Optional<ConfigUrls> urls() {
        return Optional.of(urls);
    }

    @Override
    public void saveRollbackPoint(ContainerNode content) throws DatastoreException {
        try {
            rollbackFile.write(content);
        } catch (IOException e) {
            throw new DatastoreException(ErrorTag.OPERATION_FAILED, Optional.empty(),
                "cannot save the rollback point to " + rollbackFile.path() + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void clearRollbackPoint() throws DatastoreException {
        try {
            rollbackFile.delete();
        } catch (IOException e) {
            throw new DatastoreException(ErrorTag.OPERATION_FAILED, Optional.empty(),
                "cannot remove the rollback point " + rollbackFile.path() + ": " + e.getMessage(), e);
        }
    }

    /** After running changed underneath a modified candidate: its edits again, on the new running. */
    private void rebaseCandidate() {
        candidateTree = null;
        if (candidateEdits.isEmpty()) {
            return;
        }
        try {
            candidate = Optional.of(pipeline.contentAfter(candidateEdits));
        } catch (DatastoreException conflict) {
            // e.g. the candidate creates what running now has: keep what the candidate showed
            DatastoreMessages.DATASTORE_CANDIDATE_REBASE_CONFLICT.log(LOG, conflict.getMessage());
            candidateEdits = List.of(Edit.of(EditOperation.REPLACE, DataRoots.PATH, candidate.orElseThrow()));
        }
    }

    private void resetCandidate() {
        candidateEdits = List.of();
        candidate = Optional.empty();
        candidateTree = null;
    }

    private static void rejected(DatastoreException e) {
        DatastoreMessages.DATASTORE_COMMIT_REJECTED.log(LOG, e.tag().xmlName(), e.errorPath().orElse("-"),
            e.getMessage());
    }

    private static List<Edit> concat(List<Edit> first, List<Edit> second) {
        List<Edit> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }
}
