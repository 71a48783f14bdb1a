package org.takahe.lease.file;

import java.net.Inet4Address;
import org.takahe.lease.Lease4;

/**
 * One line of the journal: a lease as it now stands, or the end of the lease on an address. Each record
 * states a whole outcome rather than a difference, so replaying one twice changes nothing.
 */
sealed interface JournalRecord {

    record Put(Lease4 lease) implements JournalRecord {
    }

    record Remove(Inet4Address address) implements JournalRecord {
    }
}
