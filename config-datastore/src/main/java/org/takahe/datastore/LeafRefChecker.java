package org.takahe.datastore;

import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.opendaylight.yangtools.yang.data.api.schema.ContainerNode;
import org.opendaylight.yangtools.yang.data.tree.api.DataTree;
import org.opendaylight.yangtools.yang.data.tree.api.DataTreeModification;
import org.opendaylight.yangtools.yang.data.tree.api.DataValidationFailedException;
import org.opendaylight.yangtools.yang.data.tree.leafref.LeafRefContext;
import org.opendaylight.yangtools.yang.data.tree.leafref.LeafRefDataValidationFailedException;
import org.opendaylight.yangtools.yang.data.tree.leafref.LeafRefValidation;
import org.opendaylight.yangtools.yang.model.api.EffectiveModelContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Checks that every leafref in a whole configuration points at an existing node (RFC 7950 §9.9,
 * require-instance). yangtools' check works on a change set and stumbles over deleted list entries,
 * so the whole new configuration is presented to it as freshly written into an empty tree.
 */
final class LeafRefChecker {

    private static final Logger LOG = LoggerFactory.getLogger(LeafRefChecker.class);

    private final EffectiveModelContext schema;
    private final @Nullable LeafRefContext references;

    LeafRefChecker(EffectiveModelContext schema) {
        this.schema = schema;
        this.references = referencesOf(schema);
    }

    void check(ContainerNode root) throws DatastoreException {
        if (references == null) {
            return;
        }
        DataTree scratch = ScratchTrees.holding(schema, DataRoots.empty());
        DataTreeModification modification = scratch.takeSnapshot().newModification();
        modification.write(DataRoots.PATH, root);
        modification.ready();
        try {
            LeafRefValidation.validate(scratch.prepare(modification), references);
        } catch (LeafRefDataValidationFailedException e) {
            Optional<String> path = LeafRefLocator.firstBroken(root, references)
                .map(broken -> ErrorPaths.render(broken, schema));
            throw new DatastoreException(ErrorTag.DATA_MISSING, path, Optional.of("instance-required"),
                path.orElse("a leafref") + " refers to a node that does not exist", e);
        } catch (DataValidationFailedException e) {
            throw new IllegalStateException("configuration valid in running is invalid in an empty tree", e);
        }
    }

    private static @Nullable LeafRefContext referencesOf(EffectiveModelContext schema) {
        try {
            return LeafRefContext.create(schema);
        } catch (RuntimeException e) {
            DatastoreMessages.DATASTORE_LEAFREF_UNCHECKED.log(LOG, e.toString());
            return null;
        }
    }
}
