package org.takahe.lease.file;

import java.time.Duration;
import java.util.Objects;

/**
 * How the file back end writes and tidies its journal.
 *
 * @param durability when a change counts as written
 * @param batchWindow with {@link Durability#BATCHED}, how long the writer waits after the first pending
 *        record for others to join the same sync; zero syncs as soon as a record is pending (records that
 *        arrive during a sync still share the next one)
 * @param compactionMinSuperseded compaction runs only when at least this many journal records are
 *        superseded, and at least as many as there are live leases, so small journals are left alone
 * @param compactionInterval how often a background check compacts a journal that has grown past the
 *        thresholds; {@link Duration#ZERO} checks only at open
 */
public record FileLeaseStoreSettings(Durability durability, Duration batchWindow, int compactionMinSuperseded,
        Duration compactionInterval) {

    public static final FileLeaseStoreSettings DEFAULTS =
            new FileLeaseStoreSettings(Durability.BATCHED, Duration.ZERO, 10_000, Duration.ofMinutes(5));

    public FileLeaseStoreSettings {
        Objects.requireNonNull(durability, "durability");
        if (batchWindow.isNegative() || batchWindow.compareTo(Duration.ofSeconds(1)) > 0) {
            throw new IllegalArgumentException("batchWindow must be between 0 and 1 s: " + batchWindow);
        }
        if (compactionMinSuperseded < 0) {
            throw new IllegalArgumentException("compactionMinSuperseded must not be negative");
        }
        if (compactionInterval.isNegative()) {
            throw new IllegalArgumentException("compactionInterval must not be negative");
        }
    }

    public FileLeaseStoreSettings withDurability(Durability newDurability) {
        return new FileLeaseStoreSettings(newDurability, batchWindow, compactionMinSuperseded, compactionInterval);
    }

    public FileLeaseStoreSettings withBatchWindow(Duration newBatchWindow) {
        return new FileLeaseStoreSettings(durability, newBatchWindow, compactionMinSuperseded, compactionInterval);
    }

    public FileLeaseStoreSettings withCompaction(int minSuperseded, Duration interval) {
        return new FileLeaseStoreSettings(durability, batchWindow, minSuperseded, interval);
    }
}
