package org.takahe.lease.file;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.takahe.lease.LeaseMessages;
import org.takahe.lease.LeaseStoreException;

/**
 * Rebuilds the index from the journal at open. Only the last line may be unreadable: a crash in the middle
 * of an append leaves exactly that, and its caller was never told the change was durable, so dropping it
 * loses nothing promised. An unreadable line anywhere else means the file was damaged after the fact;
 * replay then refuses to start instead of silently forgetting the leases behind it.
 */
final class JournalReplay {
    /** No record comes near this; a longer "line" is garbage and is not buffered whole. */
    private static final int MAX_LINE_BYTES = 64 * 1024;

    /**
     * @param records valid records read
     * @param length bytes of the journal after any torn tail was cut
     */
    record Outcome(long records, long length) {
    }

    private record BadLine(long number, long start, String reason) {
    }

    private final Path journal;
    private final LeaseIndex index;
    private final ByteArrayOutputStream line = new ByteArrayOutputStream(256);
    private boolean overlong;
    private long lineNumber;
    private long records;
    private @Nullable BadLine bad;

    private JournalReplay(Path journal, LeaseIndex index) {
        this.journal = journal;
        this.index = index;
    }

    static Outcome replay(Path journal, LeaseIndex index, Logger logger) throws LeaseStoreException {
        return new JournalReplay(journal, index).run(logger);
    }

    private Outcome run(Logger logger) throws LeaseStoreException {
        long length = 0;
        long lineStart = 0;
        try (InputStream in = Files.newInputStream(journal)) {
            byte[] chunk = new byte[1 << 16];
            for (int n = in.read(chunk); n >= 0; n = in.read(chunk)) {
                int from = 0;
                for (int i = 0; i < n; i++) {
                    if (chunk[i] == '\n') {
                        collect(chunk, from, i);
                        endLine(lineStart);
                        lineStart = length + i + 1;
                        from = i + 1;
                    }
                }
                collect(chunk, from, n);
                length += n;
            }
        } catch (IOException e) {
            throw new LeaseStoreException("cannot read lease journal " + journal + ": " + e, e);
        }
        if (lineStart < length) {
            lineNumber++;
            rejectEarlierBadLine();
            bad = new BadLine(lineNumber, lineStart, "no newline: torn write");
        }
        if (bad == null) {
            return new Outcome(records, length);
        }
        truncate(bad.start());
        LeaseMessages.LEASE_JOURNAL_TORN_TAIL.log(logger, bad.number(), journal, bad.reason(), length, bad.start());
        return new Outcome(records, bad.start());
    }

    private void collect(byte[] chunk, int from, int to) {
        if (overlong || line.size() + (to - from) > MAX_LINE_BYTES) {
            overlong = true;
        } else {
            line.write(chunk, from, to - from);
        }
    }

    private void endLine(long start) throws LeaseStoreException {
        lineNumber++;
        rejectEarlierBadLine();
        if (overlong) {
            bad = new BadLine(lineNumber, start, "longer than " + MAX_LINE_BYTES + " bytes");
        } else {
            try {
                index.apply(JournalCodec.decode(line.toString(StandardCharsets.ISO_8859_1)));
                records++;
            } catch (MalformedRecordException e) {
                bad = new BadLine(lineNumber, start, e.getMessage());
            }
        }
        line.reset();
        overlong = false;
    }

    /** Called when another line follows: an unreadable line that is not the last is real damage. */
    private void rejectEarlierBadLine() throws LeaseStoreException {
        if (bad != null) {
            throw new LeaseStoreException("lease journal " + journal + " is corrupt at line " + bad.number()
                    + " (" + bad.reason() + ") with records after it; refusing to start rather than lose"
                    + " leases: repair or remove that line by hand");
        }
    }

    private void truncate(long length) throws LeaseStoreException {
        try (FileChannel channel = FileChannel.open(journal, StandardOpenOption.WRITE)) {
            channel.truncate(length);
            channel.force(true);
        } catch (IOException e) {
            throw new LeaseStoreException("cannot cut the torn tail of lease journal " + journal + ": " + e, e);
        }
    }
}
