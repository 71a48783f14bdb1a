package org.takahe.datastore;

import org.opendaylight.yangtools.yang.data.api.schema.ContainerNode;
import org.opendaylight.yangtools.yang.data.tree.api.DataTreeCandidate;

/**
 * A change about to be committed (or just committed): the whole configuration before and after,
 * and the yangtools candidate that says node by node what changed.
 */
public record ConfigChange(ContainerNode before, ContainerNode after, DataTreeCandidate candidate) {
}
