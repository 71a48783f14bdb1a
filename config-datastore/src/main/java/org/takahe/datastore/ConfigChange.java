package org.takahe.datastore;

import org.opendaylight.yangtools.yang.data.api.schema.ContainerNode;
import org.opendaylight.yangtools.yang.data.tree.api.DataTreeCandidate;

/**
 * A change about to be committed (or just committed): the whole configuration before and after,
 * and the yangtools candidate that says node by node what changed.
 *
 * @param before the configuration before, with every schema default filled in (RFC 6243 report-all)
 * @param after the configuration after, with every schema default filled in, so a participant reads
 *     a default like any other value and never repeats the model's defaults in code
 * @param candidate the change node by node, as set (explicit values only, no defaults)
 */
public record ConfigChange(ContainerNode before, ContainerNode after, DataTreeCandidate candidate) {
}
