package org.takahe.datastore;

import java.util.Optional;

/** A commit participant refuses a change; the commit fails and running stays as it was. */
public final class CommitVetoException extends DatastoreException {
    private static final long serialVersionUID = 1L;

    public CommitVetoException(Optional<String> errorPath, String message) {
        super(ErrorTag.OPERATION_FAILED, errorPath, message);
    }
}
