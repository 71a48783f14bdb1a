package org.takahe.datastore;

import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.opendaylight.yangtools.yang.data.api.schema.ContainerNode;
import org.opendaylight.yangtools.yang.data.tree.leafref.LeafRefContext;
import org.opendaylight.yangtools.yang.model.api.EffectiveModelContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Checks that every leafref in a whole configuration points at an existing node (RFC 7950 §9.9,
 * require-instance). The whole new configuration is checked, not the change: deleting the entry a
 * leafref points at breaks a leafref the change never touched.
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
        Optional<String> path = LeafRefLocator.firstBroken(root, references)
            .map(broken -> ErrorPaths.render(broken, schema));
        if (path.isPresent()) {
            throw new DatastoreException(ErrorTag.DATA_MISSING, path, Optional.of("instance-required"),
                path.orElseThrow() + " refers to a node that does not exist", null);
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
