package org.takahe.lease.file;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.takahe.lease.LeaseMessages;
import org.takahe.lease.LeaseStoreException;

/**
 * The one thread that writes the journal. Callers enqueue encoded lines and wait on the returned future;
 * the thread takes everything pending, writes it with one system call and forces it once (group commit),
 * then completes all those futures. Queue order is journal order, so callers that enqueue under a lock
 * get the journal in the order they changed the index.
 *
 * <p>After a failed write or sync the file's state is unknown (the kernel may already have dropped the
 * dirty pages), so the writer fails that batch and refuses everything after it rather than retry.
 */
final class JournalWriter {

    private sealed interface Task {
    }

    private record Append(byte[] line, CompletableFuture<Void> durable) implements Task {
    }

    /** Remembers where the journal stands now: compaction's snapshot covers everything before it. */
    private record Mark() implements Task {
    }

    /** Completes the compacted file with the records since the mark and renames it over the journal. */
    private record Swap(CompletableFuture<Void> done) implements Task {
    }

    private record Stop() implements Task {
    }

    private final JournalFiles files;
    /** Changed by a configuration commit while the writer runs; read once per record and flush. */
    private volatile Durability durability;
    private final long batchWindowNanos;
    private final Logger logger;
    private final LinkedBlockingQueue<Task> queue = new LinkedBlockingQueue<>();
    private final Thread thread;
    private final List<CompletableFuture<Void>> waiting = new ArrayList<>();
    private ByteBuffer pending = ByteBuffer.allocate(1 << 16);
    private FileChannel channel;
    private long length;
    private long markedLength;
    private volatile @Nullable LeaseStoreException failure;

    private JournalWriter(JournalFiles files, FileChannel channel, FileLeaseStoreSettings settings,
            Logger logger) throws IOException {
        this.files = files;
        this.channel = channel;
        this.length = channel.size();
        this.durability = settings.durability();
        this.batchWindowNanos = settings.batchWindow().toNanos();
        this.logger = logger;
        this.thread = Thread.ofPlatform().name("takahe-lease-journal").daemon(true).unstarted(this::run);
    }

    /** From the next record on, makes changes durable under {@code newDurability}. */
    void durability(Durability newDurability) {
        durability = newDurability;
    }

    /** Opens the journal for appending (creating it) and starts the writer thread. */
    static JournalWriter start(JournalFiles files, FileLeaseStoreSettings settings, Logger logger)
            throws IOException {
        JournalWriter writer = new JournalWriter(files, openForAppend(files.journal()), settings, logger);
        writer.thread.start();
        return writer;
    }

    /** Completes once the line is durable under the configured policy, or exceptionally if it cannot be. */
    CompletableFuture<Void> append(byte[] line) {
        CompletableFuture<Void> durable = new CompletableFuture<>();
        LeaseStoreException failed = failure;
        if (failed != null) {
            durable.completeExceptionally(failed);
        } else {
            queue.add(new Append(line, durable));
        }
        return durable;
    }

    void mark() {
        queue.add(new Mark());
    }

    /** Expects {@link JournalFiles#compacting()} to hold a snapshot taken after the last {@link #mark()}. */
    CompletableFuture<Void> swap() {
        CompletableFuture<Void> done = new CompletableFuture<>();
        queue.add(new Swap(done));
        return done;
    }

    /** Writes and forces what is pending, whatever the policy, closes the file and ends the thread. */
    void stop() throws InterruptedException {
        queue.add(new Stop());
        thread.join();
    }

    private void run() {
        List<Task> batch = new ArrayList<>();
        boolean running = true;
        while (running) {
            try {
                batch.add(queue.take());
                lingerForMore(batch);
            } catch (InterruptedException e) {
                // Nobody interrupts this thread; if someone does, finish the batch and keep serving.
                Thread.interrupted();
            }
            queue.drainTo(batch);
            running = process(batch);
            batch.clear();
        }
        refuseLateTasks();
    }

    /** The store enqueues nothing after stop; should that ever change, no caller may wait forever. */
    private void refuseLateTasks() {
        LeaseStoreException closed = new LeaseStoreException("lease journal " + files.journal() + " is closed");
        for (Task task = queue.poll(); task != null; task = queue.poll()) {
            switch (task) {
                case Append append -> append.durable().completeExceptionally(closed);
                case Swap swap -> swap.done().completeExceptionally(closed);
                case Mark mark -> { }
                case Stop stop -> { }
            }
        }
    }

    private void lingerForMore(List<Task> batch) throws InterruptedException {
        if (durability != Durability.BATCHED || batchWindowNanos == 0 || !(batch.getFirst() instanceof Append)) {
            return;
        }
        long deadline = System.nanoTime() + batchWindowNanos;
        for (long left = batchWindowNanos; left > 0; left = deadline - System.nanoTime()) {
            Task next = queue.poll(left, TimeUnit.NANOSECONDS);
            if (next == null) {
                return;
            }
            batch.add(next);
            if (!(next instanceof Append)) {
                return;
            }
        }
    }

    /** Handles one batch in order; false once stopped. */
    private boolean process(List<Task> batch) {
        for (Task task : batch) {
            switch (task) {
                case Append append -> buffer(append);
                case Mark mark -> markedLength = length + pending.position();
                case Swap swap -> {
                    flush();
                    swapIn(swap.done());
                }
                case Stop stop -> {
                    flush();
                    forceBeforeClose();
                    closeQuietly();
                    return false;
                }
            }
        }
        flush();
        return true;
    }

    private void buffer(Append append) {
        LeaseStoreException failed = failure;
        if (failed != null) {
            append.durable().completeExceptionally(failed);
            return;
        }
        if (pending.remaining() < append.line().length) {
            ByteBuffer bigger = ByteBuffer.allocate(Math.max(pending.capacity() * 2,
                    pending.position() + append.line().length));
            pending.flip();
            pending = bigger.put(pending);
        }
        pending.put(append.line());
        waiting.add(append.durable());
        if (durability == Durability.EVERY_WRITE) {
            flush();
        }
    }

    private void flush() {
        if (waiting.isEmpty()) {
            return;
        }
        try {
            pending.flip();
            while (pending.hasRemaining()) {
                length += channel.write(pending);
            }
            if (durability != Durability.NONE) {
                channel.force(false);
            }
            waiting.forEach(durable -> durable.complete(null));
        } catch (IOException e) {
            LeaseStoreException failed = fail(e);
            waiting.forEach(durable -> durable.completeExceptionally(failed));
        } finally {
            pending.clear();
            waiting.clear();
        }
    }

    private void swapIn(CompletableFuture<Void> done) {
        LeaseStoreException failed = failure;
        if (failed != null) {
            done.completeExceptionally(failed);
            return;
        }
        Path compacted = files.compacting();
        try (FileChannel source = FileChannel.open(files.journal(), StandardOpenOption.READ);
                FileChannel target = openForAppend(compacted)) {
            for (long copied = markedLength; copied < length; ) {
                copied += source.transferTo(copied, length - copied, target);
            }
            target.force(false);
            Files.move(compacted, files.journal(), StandardCopyOption.ATOMIC_MOVE,
                    StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            // Nothing was renamed: the journal is untouched and appends go on to it.
            deleteQuietly(compacted);
            done.completeExceptionally(e);
            return;
        }
        try {
            // The old channel now points at an unlinked file; every later record must go to the new one,
            // and the rename must be durable before those records count.
            FileChannel renamed = openForAppend(files.journal());
            closeQuietly();
            channel = renamed;
            length = channel.size();
            files.syncDirectory();
            done.complete(null);
        } catch (IOException e) {
            fail(e);
            done.completeExceptionally(e);
        }
    }

    private void forceBeforeClose() {
        if (durability == Durability.NONE && failure == null) {
            try {
                channel.force(false);
            } catch (IOException e) {
                fail(e);
            }
        }
    }

    private LeaseStoreException fail(IOException cause) {
        LeaseMessages.LEASE_WRITE_FAILED.log(logger, files.journal(), cause.toString());
        LeaseStoreException failed = new LeaseStoreException("lease journal " + files.journal()
                + " failed; no lease change is accepted until the server is restarted", cause);
        failure = failed;
        return failed;
    }

    private void closeQuietly() {
        try {
            channel.close();
        } catch (IOException e) {
            // Everything that was acknowledged has been forced already; a close error changes nothing.
        }
    }

    private static void deleteQuietly(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            // A leftover is removed at the next open.
        }
    }

    private static FileChannel openForAppend(Path path) throws IOException {
        return FileChannel.open(path, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.APPEND);
    }
}
