package org.takahe.datastore;

import java.util.List;
import org.opendaylight.yangtools.yang.data.api.schema.ContainerNode;
import org.opendaylight.yangtools.yang.model.api.EffectiveModelContext;

/**
 * The configuration datastores of one server. The candidate is shared by all sessions (RFC 6241
 * §8.3); while it holds no changes it reads as running. Every successful change of running is
 * also written to startup, so the configuration survives a restart.
 * Implementations are safe for concurrent use; operations are serialised.
 */
public interface ConfigDatastore {

    /** The schema every datastore is validated against. */
    EffectiveModelContext schema();

    /** The whole configuration held in a datastore (config nodes only; no state). */
    ContainerNode read(DatastoreName datastore);

    /**
     * Applies edits, all or nothing. On CANDIDATE they are kept until {@link #commit} or
     * {@link #discardChanges}; on RUNNING they are validated and committed at once.
     *
     * @throws DatastoreException naming the offending node; the datastore is unchanged
     */
    void edit(DatastoreName target, List<Edit> edits) throws DatastoreException;

    /** Validates the candidate (schema, references, commit participants) and makes it running. */
    void commit() throws DatastoreException;

    /** Throws away the candidate's changes, so it reads as running again. */
    void discardChanges();

    /** Whether the candidate holds changes not yet committed. */
    boolean candidateModified();
}
