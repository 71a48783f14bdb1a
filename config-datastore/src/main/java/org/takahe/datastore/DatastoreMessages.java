package org.takahe.datastore;

import org.slf4j.event.Level;
import org.takahe.common.log.LogFormat;
import org.takahe.common.log.LogMessage;

/** Every log message of the configuration datastore, each with a stable ID. */
public enum DatastoreMessages implements LogMessage {
    DATASTORE_OPENED(Level.INFO, "configuration datastore open; running configuration from {}"),
    DATASTORE_UNCONFIRMED_COMMIT_REVERTED(Level.WARN,
        "a confirmed commit was pending when the server stopped; running is the configuration before it, from {}"),
    DATASTORE_COMMITTED(Level.INFO, "configuration committed to running ({}); saved to {}"),
    DATASTORE_COMMIT_REJECTED(Level.INFO, "configuration change rejected: {} at {}: {}"),
    DATASTORE_RUNNING_COPY_FAILED(Level.WARN,
        "cannot refresh the readable copy {} of running (the durable copy is saved): {}"),
    DATASTORE_STARTUP_SAVED(Level.INFO, "startup configuration replaced and saved to {}"),
    DATASTORE_STARTUP_DELETED(Level.INFO, "startup configuration deleted; removed {}"),
    DATASTORE_EDIT_SKIPPED(Level.INFO, "edit skipped under continue-on-error: {} at {}: {}"),
    DATASTORE_CANDIDATE_REBASE_CONFLICT(Level.WARN,
        "running changed under the modified candidate and its edits no longer apply ({}); the candidate keeps its"
            + " previous content"),
    DATASTORE_CANDIDATE_DISCARDED(Level.INFO, "candidate changes discarded"),
    DATASTORE_PARTICIPANT_APPLY_FAILED(Level.ERROR,
        "commit participant {} failed to apply the committed configuration"),
    DATASTORE_LEAFREF_UNCHECKED(Level.WARN, "leafref references cannot be checked with this schema: {}"),
    DATASTORE_XPATH_CONSTRAINTS_LOADED(Level.DEBUG,
        "schema constraints checked at every commit: {} must and {} when statements");

    private final LogFormat format;

    DatastoreMessages(Level level, String template) {
        this.format = new LogFormat(level, template);
    }

    @Override
    public LogFormat format() {
        return format;
    }
}
