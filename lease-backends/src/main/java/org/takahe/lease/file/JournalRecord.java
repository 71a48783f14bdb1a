package org.takahe.lease.file;

import org.takahe.lease.Lease;
import org.takahe.lease.LeaseKey;

/**
 * One line of the journal: a lease as it now stands, or the end of the lease on an address or prefix. Each record
 * states a whole outcome rather than a difference, so replaying one twice changes nothing.
 */
sealed interface JournalRecord {

    record Put(Lease lease) implements JournalRecord {
    }

    record Remove(LeaseKey key) implements JournalRecord {
    }
}
