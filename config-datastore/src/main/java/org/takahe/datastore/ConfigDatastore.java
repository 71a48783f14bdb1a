package org.takahe.datastore;

import java.util.List;
import java.util.Optional;
import org.opendaylight.yangtools.yang.data.api.schema.ContainerNode;
import org.opendaylight.yangtools.yang.model.api.EffectiveModelContext;

/**
 * The configuration datastores of one server (RFC 6241 §5.1). The candidate is shared by all
 * sessions (§8.3); while it holds no changes it reads as running. Running is kept on disk on every
 * change, so it survives a restart; startup (§8.7) changes only by {@link #copy} and
 * {@link #deleteStartup}, and is what a server without a saved running configuration starts from.
 * Implementations are safe for concurrent use; operations are serialised.
 */
public interface ConfigDatastore {

    /** The schema every datastore is validated against. */
    EffectiveModelContext schema();

    /** The whole configuration held in a datastore (config nodes only; no state; explicit values only). */
    ContainerNode read(DatastoreName datastore);

    /** Applies edits all or nothing, validating as {@link EditOptions#DEFAULT} says. */
    default void edit(DatastoreName target, List<Edit> edits) throws DatastoreException {
        edit(target, edits, EditOptions.DEFAULT);
    }

    /**
     * Applies edits to CANDIDATE (kept until {@link #commit} or {@link #discardChanges}) or
     * RUNNING (validated and committed at once), as the options say.
     *
     * @return under continue-on-error, the failure of each edit that was skipped; otherwise empty
     * @throws DatastoreException naming the offending node; the datastore is unchanged
     */
    List<DatastoreException> edit(DatastoreName target, List<Edit> edits, EditOptions options)
        throws DatastoreException;

    /**
     * Replaces a datastore's whole content (copy-config). To RUNNING it is validated and committed
     * like a commit; to CANDIDATE it is checked against the schema only; to STARTUP it is validated
     * like a commit and saved, without changing running.
     *
     * @throws DatastoreException naming the offending node; the datastore is unchanged
     */
    void copy(DatastoreName target, ContainerNode content) throws DatastoreException;

    /** Empties startup and removes its file (delete-config); the next start loads running's file. */
    void deleteStartup() throws DatastoreException;

    /**
     * Validates a whole configuration as a commit would (schema, mandatory nodes, uniqueness,
     * references, commit participants' checks) without changing anything.
     */
    void validate(ContainerNode content) throws DatastoreException;

    /** Validates the candidate (schema, references, commit participants) and makes it running. */
    void commit() throws DatastoreException;

    /** Throws away the candidate's changes, so it reads as running again. */
    void discardChanges();

    /** Whether the candidate holds changes not yet committed. */
    boolean candidateModified();

    /** Configuration files named by URL (the :url capability), when this datastore serves them. */
    Optional<ConfigUrls> urls();

    /**
     * Keeps, durably, the configuration a pending confirmed commit rolls back to, so that a start
     * after a crash runs it rather than the unconfirmed running (RFC 6241 §8.4).
     *
     * @throws DatastoreException when it cannot be saved; the confirmed commit must then not be made
     */
    void saveRollbackPoint(ContainerNode content) throws DatastoreException;

    /** Forgets the rollback point: the confirmed commit was confirmed, cancelled or rolled back. */
    void clearRollbackPoint() throws DatastoreException;
}
