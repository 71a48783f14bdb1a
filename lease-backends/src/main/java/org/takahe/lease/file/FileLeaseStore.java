package org.takahe.lease.file;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.takahe.lease.Lease;
import org.takahe.lease.Lease4;
import org.takahe.lease.Lease6;
import org.takahe.lease.LeaseFamily;
import org.takahe.lease.LeaseKey;
import org.takahe.lease.LeaseMessages;
import org.takahe.lease.LeaseStore;
import org.takahe.lease.LeaseStoreException;
import org.takahe.lease.OwnerKey;

/**
 * The embedded lease store: every lease of both families in memory, every change appended to a journal file in
 * the store's directory ({@value #JOURNAL_FILE_NAME}, one line per change, see {@link JournalCodec}) and replayed
 * at open. A change is visible to readers as soon as it is queued and durable (per {@link Durability}) when
 * {@link #commit} or {@link #delete} returns. Times are kept to the millisecond, as the journal writes them,
 * so a lease reads the same before and after a restart.
 *
 * <p>The journal only grows; {@link #compact()} rewrites it as the live set and renames that over it, at
 * open and from a background check, while commits carry on.
 */
public final class FileLeaseStore implements LeaseStore {
    /**
     * The journal's name inside the store directory; system tests read it after killing the server. It holds the
     * DHCPv6 leases too, but keeps the name it had when it held only DHCPv4 ones, so existing journals are found.
     */
    public static final String JOURNAL_FILE_NAME = "leases4.journal";

    private static final Logger LOG = LoggerFactory.getLogger(FileLeaseStore.class);

    private final JournalFiles files;
    private final FileLeaseStoreSettings settings;
    private final LeaseIndex index;
    private final JournalWriter writer;
    private final FileChannel lockChannel;
    private final @Nullable ScheduledExecutorService compactionTimer;
    /** Orders index changes and journal appends identically; held only for the in-memory part. */
    private final ReentrantLock mutationLock = new ReentrantLock();
    private final ReentrantLock compactionLock = new ReentrantLock();
    /** Records in the journal file; guarded by {@link #mutationLock}. */
    private long journalRecords;
    private boolean closed;

    private FileLeaseStore(JournalFiles files, FileLeaseStoreSettings settings, LeaseIndex index,
            long journalRecords, JournalWriter writer, FileChannel lockChannel) {
        this.files = files;
        this.settings = settings;
        this.index = index;
        this.journalRecords = journalRecords;
        this.writer = writer;
        this.lockChannel = lockChannel;
        this.compactionTimer = settings.compactionInterval().isZero() ? null
                : Executors.newSingleThreadScheduledExecutor(
                        Thread.ofPlatform().name("takahe-lease-compaction").daemon(true).factory());
    }

    /**
     * Opens (creating if needed) the store in {@code directory}: takes the directory's lock, replays the
     * journal, and compacts it first if it has grown past the settings' thresholds.
     *
     * @throws LeaseStoreException if the directory is in use by another store, or the journal is damaged
     *         anywhere but in its last line, or cannot be read or written
     */
    public static FileLeaseStore open(Path directory, FileLeaseStoreSettings settings) throws LeaseStoreException {
        JournalFiles files = new JournalFiles(directory);
        FileChannel lockChannel = lockDirectory(files);
        try {
            removeCompactionLeftover(files);
            long start = System.nanoTime();
            LeaseIndex index = new LeaseIndex();
            long records = 0;
            if (Files.exists(files.journal())) {
                records = JournalReplay.replay(files.journal(), index, LOG).records();
            } else {
                Files.createFile(files.journal());
                files.syncDirectory();
            }
            LeaseMessages.LEASE_JOURNAL_REPLAYED.log(LOG, records, index.size(), files.journal(),
                    TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));
            JournalWriter writer = JournalWriter.start(files, settings, LOG);
            FileLeaseStore store = new FileLeaseStore(files, settings, index, records, writer, lockChannel);
            store.start();
            return store;
        } catch (IOException | LeaseStoreException | RuntimeException e) {
            closeQuietly(lockChannel);
            throw e instanceof LeaseStoreException lse ? lse
                    : new LeaseStoreException("cannot open lease store in " + directory + ": " + e, e);
        }
    }

    /** A failed compaction at open is logged and left for the timer: the journal it leaves is whole. */
    private void start() {
        compactIfWorthwhile();
        if (compactionTimer != null) {
            long period = settings.compactionInterval().toNanos();
            compactionTimer.scheduleWithFixedDelay(this::compactIfWorthwhile, period, period, TimeUnit.NANOSECONDS);
        }
    }

    /**
     * Switches the durability policy while the store runs (a configuration commit); records already
     * waiting are made durable under the policy in force when their batch is flushed.
     */
    public void durability(Durability durability) {
        writer.durability(durability);
    }

    @Override
    public Optional<Lease> find(LeaseKey key) {
        return index.find(key);
    }

    @Override
    public List<Lease> findByOwner(OwnerKey owner) {
        return index.findByOwner(owner);
    }

    @Override
    public Collection<Lease> all() {
        return index.all();
    }

    @Override
    public List<Lease> findExpired(LeaseFamily family, Instant cutoff, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be positive, not " + limit);
        }
        return index.expired(family, cutoff, limit);
    }

    @Override
    public void commit(Lease lease) throws LeaseStoreException {
        JournalRecord record = new JournalRecord.Put(toMillis(lease));
        awaitDurable(append(record, JournalCodec.encode(record)));
    }

    @Override
    public void delete(LeaseKey key) throws LeaseStoreException {
        if (index.find(key).isEmpty()) {
            return;
        }
        JournalRecord record = new JournalRecord.Remove(key);
        awaitDurable(append(record, JournalCodec.encode(record)));
    }

    @Override
    public boolean deleteIfUnchanged(Lease expected) throws LeaseStoreException {
        LeaseKey key = expected.key();
        JournalRecord record = new JournalRecord.Remove(key);
        byte[] line = JournalCodec.encode(record);
        CompletableFuture<Void> durable;
        // Checked and queued under the lock commits take, so no commit can slip in between.
        mutationLock.lock();
        try {
            if (!index.find(key).equals(Optional.of(expected))) {
                return false;
            }
            durable = append(record, line);
        } finally {
            mutationLock.unlock();
        }
        awaitDurable(durable);
        return true;
    }

    private CompletableFuture<Void> append(JournalRecord record, byte[] line) throws LeaseStoreException {
        mutationLock.lock();
        try {
            ensureOpen();
            index.apply(record);
            journalRecords++;
            return writer.append(line);
        } finally {
            mutationLock.unlock();
        }
    }

    private void awaitDurable(CompletableFuture<Void> durable) throws LeaseStoreException {
        try {
            durable.get();
        } catch (ExecutionException e) {
            throw asLeaseStoreException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LeaseStoreException("interrupted before the lease change was known to be durable", e);
        }
    }

    /**
     * Rewrites the journal as just the live leases. Commits go on meanwhile: the writer marks where the
     * snapshot starts, and at the swap appends every record written since then to the new file before
     * renaming it over the journal. A crash at any point leaves either the old or the new journal whole;
     * a leftover {@code .compacting} file is removed at the next open.
     */
    public void compact() throws LeaseStoreException {
        compactionLock.lock();
        try {
            long start = System.nanoTime();
            long recordsAtMark;
            mutationLock.lock();
            try {
                ensureOpen();
                recordsAtMark = journalRecords;
                writer.mark();
            } finally {
                mutationLock.unlock();
            }
            // Taken after the mark, so it may already hold changes that are also in the copied tail;
            // replaying those twice gives the same leases, because each record states a whole lease.
            Collection<Lease> live = index.all();
            try {
                files.writeSnapshot(live);
            } catch (IOException e) {
                Files.deleteIfExists(files.compacting());
                throw e;
            }
            // join(), not get(): once the swap is queued the writer will touch the files whatever happens
            // to this thread, so the outcome must be waited for.
            writer.swap().join();
            mutationLock.lock();
            try {
                journalRecords += live.size() - recordsAtMark;
            } finally {
                mutationLock.unlock();
            }
            LeaseMessages.LEASE_JOURNAL_COMPACTED.log(LOG, files.journal(), recordsAtMark, live.size(),
                    TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));
        } catch (IOException | CompletionException e) {
            Throwable cause = e instanceof CompletionException ce && ce.getCause() != null ? ce.getCause() : e;
            LeaseMessages.LEASE_JOURNAL_COMPACTION_FAILED.log(LOG, files.journal(), cause.toString());
            throw asLeaseStoreException(cause);
        } finally {
            compactionLock.unlock();
        }
    }

    private void compactIfWorthwhile() {
        try {
            if (compactionWorthwhile()) {
                compact();
            }
        } catch (LeaseStoreException e) {
            // Logged by compact(); the next check tries again.
        }
    }

    /** True when at least half of the journal, and at least the configured number of records, is dead. */
    private boolean compactionWorthwhile() {
        mutationLock.lock();
        try {
            long superseded = journalRecords - index.size();
            return !closed && superseded >= settings.compactionMinSuperseded() && superseded >= index.size();
        } finally {
            mutationLock.unlock();
        }
    }

    /** Waits for a running compaction, writes and forces what is pending, and releases the directory. */
    @Override
    public void close() throws LeaseStoreException {
        if (compactionTimer != null) {
            // shutdown(), not shutdownNow(): an interrupt would abandon a compaction halfway.
            compactionTimer.shutdown();
        }
        compactionLock.lock();
        try {
            mutationLock.lock();
            try {
                if (closed) {
                    return;
                }
                closed = true;
            } finally {
                mutationLock.unlock();
            }
            writer.stop();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LeaseStoreException("interrupted while closing lease journal " + files.journal(), e);
        } finally {
            compactionLock.unlock();
            closeQuietly(lockChannel);
        }
    }

    private void ensureOpen() throws LeaseStoreException {
        if (closed) {
            throw new LeaseStoreException("lease store in " + files.directory() + " is closed");
        }
    }

    private static Lease toMillis(Lease lease) {
        return switch (lease) {
            case Lease4 v4 -> new Lease4(v4.address(), v4.hardwareAddress(), v4.clientId(), v4.subnetId(),
                    toMillis(v4.allocated()), toMillis(v4.renewed()), toMillis(v4.expires()), v4.hostname());
            case Lease6 v6 -> new Lease6(v6.address(), v6.prefixLength(), v6.type(), v6.duid(), v6.iaid(),
                    v6.hardwareAddress(), v6.subnetId(), toMillis(v6.allocated()), toMillis(v6.renewed()),
                    toMillis(v6.preferredUntil()), toMillis(v6.expires()), v6.t1().truncatedTo(ChronoUnit.MILLIS),
                    v6.t2().truncatedTo(ChronoUnit.MILLIS), v6.hostname());
        };
    }

    private static Instant toMillis(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MILLIS);
    }

    private static LeaseStoreException asLeaseStoreException(Throwable cause) {
        return cause instanceof LeaseStoreException lse ? lse
                : new LeaseStoreException("lease journal operation failed: " + cause, cause);
    }

    /**
     * Two stores appending to one journal would interleave records and corrupt it, so the directory is
     * locked for as long as the store is open (the lock dies with the process, even on kill -9).
     */
    private static FileChannel lockDirectory(JournalFiles files) throws LeaseStoreException {
        FileChannel channel = null;
        try {
            Files.createDirectories(files.directory());
            channel = FileChannel.open(files.lock(), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock == null) {
                throw new OverlappingFileLockException();
            }
            return channel;
        } catch (OverlappingFileLockException e) {
            closeQuietly(channel);
            throw new LeaseStoreException("lease store directory " + files.directory()
                    + " is in use by another lease store");
        } catch (IOException e) {
            closeQuietly(channel);
            throw new LeaseStoreException("cannot lock lease store directory " + files.directory() + ": " + e, e);
        }
    }

    private static void removeCompactionLeftover(JournalFiles files) throws IOException {
        if (Files.deleteIfExists(files.compacting())) {
            LeaseMessages.LEASE_JOURNAL_COMPACTION_LEFTOVER.log(LOG, files.compacting());
        }
    }

    private static void closeQuietly(@Nullable FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException e) {
                // Closing releases the lock; there is nothing more to do if it fails.
            }
        }
    }
}
