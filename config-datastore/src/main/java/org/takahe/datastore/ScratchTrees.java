package org.takahe.datastore;

import org.opendaylight.yangtools.yang.data.api.schema.ContainerNode;
import org.opendaylight.yangtools.yang.data.tree.api.DataTree;
import org.opendaylight.yangtools.yang.data.tree.api.DataTreeConfiguration;
import org.opendaylight.yangtools.yang.data.tree.api.DataTreeModification;
import org.opendaylight.yangtools.yang.data.tree.api.DataValidationFailedException;
import org.opendaylight.yangtools.yang.data.tree.api.TreeType;
import org.opendaylight.yangtools.yang.data.tree.impl.ReferenceDataTreeFactory;
import org.opendaylight.yangtools.yang.model.api.EffectiveModelContext;

/**
 * Throw-away configuration trees that check structure but not mandatory nodes or uniqueness: for
 * holding a candidate that is not valid yet (NETCONF allows that until commit), which running's
 * strict tree would refuse even to read back.
 */
final class ScratchTrees {

    private static final DataTreeConfiguration LENIENT = DataTreeConfiguration.builder(TreeType.CONFIGURATION)
        .setMandatoryNodesValidation(false).setUniqueIndexes(false).build();

    private ScratchTrees() {
    }

    /** A lenient tree holding the given data, which must fit the schema's structure. */
    static DataTree holding(EffectiveModelContext schema, ContainerNode root) {
        DataTree tree = new ReferenceDataTreeFactory().create(LENIENT, schema);
        if (root.isEmpty()) {
            // an empty tree already holds an empty root; writing one would not produce a root node
            return tree;
        }
        DataTreeModification modification = tree.takeSnapshot().newModification();
        modification.write(DataRoots.PATH, root);
        modification.ready();
        try {
            tree.commit(tree.prepare(modification));
        } catch (DataValidationFailedException e) {
            throw new IllegalStateException("data accepted before no longer fits the schema", e);
        }
        return tree;
    }
}
