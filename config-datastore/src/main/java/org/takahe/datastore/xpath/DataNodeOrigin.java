package org.takahe.datastore.xpath;

import org.jspecify.annotations.Nullable;
import org.opendaylight.yangtools.yang.data.api.YangInstanceIdentifier;
import org.opendaylight.yangtools.yang.model.api.DataSchemaNode;

/**
 * What a node of a tree built from YANG data stands for.
 *
 * @param path the node's path in the data (with list and choice steps), for error reports
 * @param value a leaf's value as yangtools holds it (e.g. a QName for an identityref), null for
 *     other nodes
 * @param isDefault whether the node is not in the data but exists implicitly: a default value in
 *     use (RFC 7950 §7.6.1) or a non-presence container
 */
record DataNodeOrigin(YangInstanceIdentifier path, DataSchemaNode schema, @Nullable Object value,
        boolean isDefault) {
}
