package org.takahe.lease;

import org.slf4j.event.Level;
import org.takahe.common.log.LogFormat;
import org.takahe.common.log.LogMessage;

/**
 * Every log message of the lease back ends. IDs are stable: operators grep for them and
 * docs/log-messages.md lists them, so an ID is never renamed or given a new meaning.
 */
public enum LeaseMessages implements LogMessage {
    LEASE_JOURNAL_REPLAYED(Level.INFO, "replayed {} records ({} live leases) from {} in {} ms"),
    LEASE_JOURNAL_TORN_TAIL(Level.WARN,
            "dropped unreadable last line {} of {} ({}); truncated the journal from {} to {} bytes"),
    LEASE_JOURNAL_COMPACTED(Level.INFO, "compacted {} from {} to {} records in {} ms"),
    LEASE_JOURNAL_COMPACTION_FAILED(Level.ERROR, "compaction of {} failed; the journal stays as it was: {}"),
    LEASE_JOURNAL_COMPACTION_LEFTOVER(Level.WARN,
            "removed {} left by an interrupted compaction; the journal itself is complete"),
    LEASE_WRITE_FAILED(Level.ERROR, "writing lease journal {} failed; refusing all further lease changes: {}"),
    LEASE_DATABASE_OPENED(Level.INFO, "opened {} lease database {} at schema version {} (found version {}), "
            + "pool of up to {} connections"),
    LEASE_SCHEMA_MIGRATED(Level.INFO, "lease database {}: applied schema step {} ({})"),
    LEASE_DATABASE_FAILED(Level.ERROR, "lease database {} could not {}: {}");

    private final LogFormat format;

    LeaseMessages(Level level, String template) {
        this.format = new LogFormat(level, template);
    }

    @Override
    public LogFormat format() {
        return format;
    }
}
