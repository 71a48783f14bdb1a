package org.takahe.datastore;

import org.opendaylight.yangtools.yang.data.api.YangInstanceIdentifier;
import org.opendaylight.yangtools.yang.data.api.YangInstanceIdentifier.NodeIdentifier;
import org.opendaylight.yangtools.yang.data.api.schema.ContainerNode;
import org.opendaylight.yangtools.yang.data.spi.node.ImmutableNodes;
import org.opendaylight.yangtools.yang.model.api.SchemaContext;

/** The root of a whole datastore's data: a container named after the schema context. */
public final class DataRoots {

    /** The path of the root itself. */
    public static final YangInstanceIdentifier PATH = YangInstanceIdentifier.of();

    /** The root's node identifier. */
    public static final NodeIdentifier ID = NodeIdentifier.create(SchemaContext.NAME);

    private static final ContainerNode EMPTY = ImmutableNodes.newContainerBuilder().withNodeIdentifier(ID).build();

    private DataRoots() {
    }

    /** A datastore holding nothing. */
    public static ContainerNode empty() {
        return EMPTY;
    }
}
