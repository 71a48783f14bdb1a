package org.takahe.datastore;

import org.slf4j.Logger;
import org.slf4j.event.Level;

/** Every log message of the configuration datastore, each with a stable ID. */
public enum DatastoreMessages {
    DATASTORE_OPENED(Level.INFO, "configuration datastore open; startup configuration from {}"),
    DATASTORE_COMMITTED(Level.INFO, "configuration committed to running ({}); startup saved to {}"),
    DATASTORE_COMMIT_REJECTED(Level.INFO, "configuration change rejected: {} at {}: {}"),
    DATASTORE_STARTUP_SAVE_FAILED(Level.ERROR,
        "running configuration changed but the startup file {} could not be replaced; a restart would lose it: {}"),
    DATASTORE_CANDIDATE_REBASE_CONFLICT(Level.WARN,
        "running changed under the modified candidate and its edits no longer apply ({}); the candidate keeps its"
            + " previous content"),
    DATASTORE_CANDIDATE_DISCARDED(Level.INFO, "candidate changes discarded"),
    DATASTORE_PARTICIPANT_APPLY_FAILED(Level.ERROR,
        "commit participant {} failed to apply the committed configuration"),
    DATASTORE_LEAFREF_UNCHECKED(Level.WARN, "leafref references cannot be checked with this schema: {}");

    private final Level level;
    private final String template;

    DatastoreMessages(Level level, String template) {
        this.level = level;
        this.template = template;
    }

    public Level level() {
        return level;
    }

    public String template() {
        return template;
    }

    public void log(Logger logger, Object... args) {
        logger.atLevel(level).log(name() + " " + template, args);
    }
}
