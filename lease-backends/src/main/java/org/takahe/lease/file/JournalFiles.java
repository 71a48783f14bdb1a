package org.takahe.lease.file;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Collection;
import org.takahe.lease.Lease;

/** The files of one store directory, and the few file-system steps that make them crash-safe. */
record JournalFiles(Path directory) {

    Path journal() {
        return directory.resolve(FileLeaseStore.JOURNAL_FILE_NAME);
    }

    /** Where compaction writes the new journal before renaming it over the old one. */
    Path compacting() {
        return directory.resolve(FileLeaseStore.JOURNAL_FILE_NAME + ".compacting");
    }

    Path lock() {
        return directory.resolve("leases4.lock");
    }

    /**
     * Makes a create, rename or truncate in the directory itself durable; without it a crash may bring
     * back the old directory entry even though the file data was forced.
     */
    void syncDirectory() throws IOException {
        try (FileChannel dir = FileChannel.open(directory, StandardOpenOption.READ)) {
            dir.force(true);
        }
    }

    /** Writes the leases as put records to {@link #compacting()}, replacing any leftover, and forces it. */
    void writeSnapshot(Collection<Lease> leases) throws IOException {
        try (FileChannel channel = FileChannel.open(compacting(), StandardOpenOption.CREATE,
                StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE)) {
            OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16);
            for (Lease lease : leases) {
                out.write(JournalCodec.encode(new JournalRecord.Put(lease)));
            }
            out.flush();
            channel.force(true);
        }
    }
}
