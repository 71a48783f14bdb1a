package org.takahe.netconf;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.opendaylight.yangtools.yang.data.api.YangInstanceIdentifier;
import org.opendaylight.yangtools.yang.data.api.schema.ContainerNode;
import org.opendaylight.yangtools.yang.data.tree.api.DataTree;
import org.opendaylight.yangtools.yang.data.tree.api.DataTreeConfiguration;
import org.opendaylight.yangtools.yang.data.tree.api.DataTreeModification;
import org.opendaylight.yangtools.yang.data.tree.api.DataValidationFailedException;
import org.opendaylight.yangtools.yang.data.tree.impl.ReferenceDataTreeFactory;
import org.opendaylight.yangtools.yang.model.api.EffectiveModelContext;
import org.takahe.datastore.ConfigDatastore;
import org.takahe.datastore.ConfigUrls;
import org.takahe.datastore.DatastoreException;
import org.takahe.datastore.DatastoreName;
import org.takahe.datastore.Edit;
import org.takahe.datastore.EditOperation;
import org.takahe.datastore.EditOptions;
import org.takahe.datastore.ErrorTag;

/** A test stand-in for the real datastore: yangtools data trees, no commit participants, no startup file. */
public final class InMemoryDatastore implements ConfigDatastore {

    private static final YangInstanceIdentifier ROOT = YangInstanceIdentifier.of();

    private final EffectiveModelContext schema;
    private ContainerNode running;
    private @Nullable ContainerNode candidate;
    private int commits;

    public InMemoryDatastore(EffectiveModelContext schema) {
        this.schema = schema;
        this.running = rootOf(newTree());
    }

    @Override
    public EffectiveModelContext schema() {
        return schema;
    }

    @Override
    public synchronized ContainerNode read(DatastoreName datastore) {
        ContainerNode pending = candidate;
        return datastore == DatastoreName.CANDIDATE && pending != null ? pending : running;
    }

    /** Options are ignored: edits apply all or nothing, and test-only is not told apart. */
    @Override
    public synchronized List<DatastoreException> edit(DatastoreName target, List<Edit> edits, EditOptions options)
            throws DatastoreException {
        edit(target, edits);
        return List.of();
    }

    @Override
    public synchronized void copy(DatastoreName target, ContainerNode content) throws DatastoreException {
        edit(target, List.of(Edit.of(EditOperation.REPLACE, ROOT, content)));
    }

    @Override
    public void deleteStartup() {
        // this stand-in keeps no startup apart from running
    }

    @Override
    public void validate(ContainerNode content) {
        // this stand-in validates at edit time only
    }

    @Override
    public Optional<ConfigUrls> urls() {
        return Optional.empty();
    }

    @Override
    public synchronized void edit(DatastoreName target, List<Edit> edits) throws DatastoreException {
        ContainerNode result = apply(read(target), edits);
        if (target == DatastoreName.CANDIDATE) {
            candidate = result;
        } else {
            running = result;
            commits++;
        }
    }

    @Override
    public synchronized void commit() {
        ContainerNode pending = candidate;
        if (pending != null) {
            running = pending;
            candidate = null;
            commits++;
        }
    }

    @Override
    public synchronized void discardChanges() {
        candidate = null;
    }

    @Override
    public synchronized boolean candidateModified() {
        return candidate != null;
    }

    /** Nothing is on disk, so there is no restart to survive. */
    @Override
    public void saveRollbackPoint(ContainerNode content) {
        // nothing to keep
    }

    @Override
    public void clearRollbackPoint() {
        // nothing kept
    }

    public synchronized int commits() {
        return commits;
    }

    private ContainerNode apply(ContainerNode base, List<Edit> edits) throws DatastoreException {
        DataTree tree = newTree();
        DataTreeModification seed = tree.takeSnapshot().newModification();
        seed.write(ROOT, base);
        commit(tree, seed);
        DataTreeModification modification = tree.takeSnapshot().newModification();
        for (Edit edit : edits) {
            boolean present = modification.readNode(edit.path()).isPresent();
            switch (edit.operation()) {
                case MERGE -> modification.merge(edit.path(), edit.data().orElseThrow());
                case REPLACE -> modification.write(edit.path(), edit.data().orElseThrow());
                case CREATE -> {
                    if (present) {
                        throw new DatastoreException(ErrorTag.DATA_EXISTS, Optional.empty(), "already exists");
                    }
                    modification.write(edit.path(), edit.data().orElseThrow());
                }
                case DELETE -> {
                    if (!present) {
                        throw new DatastoreException(ErrorTag.DATA_MISSING, Optional.empty(), "does not exist");
                    }
                    modification.delete(edit.path());
                }
                case REMOVE -> modification.delete(edit.path());
            }
        }
        commit(tree, modification);
        return rootOf(tree);
    }

    private static void commit(DataTree tree, DataTreeModification modification) throws DatastoreException {
        modification.ready();
        try {
            tree.validate(modification);
            tree.commit(tree.prepare(modification));
        } catch (DataValidationFailedException | IllegalArgumentException e) {
            throw new DatastoreException(ErrorTag.INVALID_VALUE, Optional.empty(), e.getMessage(), e);
        }
    }

    private DataTree newTree() {
        return new ReferenceDataTreeFactory().create(DataTreeConfiguration.DEFAULT_CONFIGURATION, schema);
    }

    private static ContainerNode rootOf(DataTree tree) {
        return (ContainerNode) tree.takeSnapshot().readNode(ROOT).orElseThrow();
    }
}
