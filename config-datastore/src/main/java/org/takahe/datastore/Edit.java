package org.takahe.datastore;

import java.util.Optional;
import org.opendaylight.yangtools.yang.data.api.YangInstanceIdentifier;
import org.opendaylight.yangtools.yang.data.api.schema.NormalizedNode;

/**
 * One edit to apply to a datastore: an operation at a path, with the data for merge, replace and
 * create. An edit-config is an ordered list of these; they apply all or nothing.
 */
public record Edit(EditOperation operation, YangInstanceIdentifier path, Optional<NormalizedNode> data) {

    public Edit {
        boolean needsData = operation == EditOperation.MERGE || operation == EditOperation.REPLACE
            || operation == EditOperation.CREATE;
        if (needsData != data.isPresent()) {
            throw new IllegalArgumentException(operation.xmlName() + (needsData ? " needs" : " takes no") + " data");
        }
    }

    public static Edit of(EditOperation operation, YangInstanceIdentifier path, NormalizedNode data) {
        return new Edit(operation, path, Optional.of(data));
    }

    public static Edit of(EditOperation operation, YangInstanceIdentifier path) {
        return new Edit(operation, path, Optional.empty());
    }
}
