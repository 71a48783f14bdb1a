package org.takahe.datastore;

import java.util.List;
import java.util.Optional;
import org.opendaylight.yangtools.yang.data.api.YangInstanceIdentifier;
import org.opendaylight.yangtools.yang.data.api.schema.NormalizedNode;
import org.opendaylight.yangtools.yang.data.tree.api.DataTreeModification;

/** Applies edit-config operations (RFC 6241 §7.2) to a data tree modification. */
final class EditApplier {

    private final ValidationFailures failures;

    EditApplier(ValidationFailures failures) {
        this.failures = failures;
    }

    /** Applies the edits in order; on failure the modification is half-done and must be dropped. */
    void applyAll(DataTreeModification modification, List<Edit> edits) throws DatastoreException {
        for (Edit edit : edits) {
            apply(modification, edit);
        }
    }

    private void apply(DataTreeModification modification, Edit edit) throws DatastoreException {
        YangInstanceIdentifier path = edit.path();
        try {
            switch (edit.operation()) {
                case MERGE -> modification.merge(path, data(edit));
                case REPLACE -> modification.write(path, data(edit));
                case CREATE -> {
                    if (modification.readNode(path).isPresent()) {
                        throw new DatastoreException(ErrorTag.DATA_EXISTS, Optional.of(failures.render(path)),
                            failures.render(path) + " already exists");
                    }
                    modification.write(path, data(edit));
                }
                case DELETE -> {
                    if (modification.readNode(path).isEmpty()) {
                        throw new DatastoreException(ErrorTag.DATA_MISSING, Optional.of(failures.render(path)),
                            failures.render(path) + " does not exist");
                    }
                    modification.delete(path);
                }
                case REMOVE -> {
                    if (modification.readNode(path).isPresent()) {
                        modification.delete(path);
                    }
                }
            }
        } catch (IllegalArgumentException | IllegalStateException e) {
            // yangtools refuses data that does not fit the schema where it is put
            throw failures.translate(e, Optional.of(path), Optional.empty());
        }
    }

    private static NormalizedNode data(Edit edit) {
        return edit.data().orElseThrow();
    }
}
