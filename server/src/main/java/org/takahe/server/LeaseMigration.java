package org.takahe.server;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.takahe.lease.Lease4;
import org.takahe.lease.LeaseStoreException;
import org.takahe.lease.csv.KeaCsvException;
import org.takahe.lease.csv.KeaLease4CsvReader;
import org.takahe.lease.csv.KeaLease4CsvWriter;
import org.takahe.lease.file.Durability;
import org.takahe.lease.file.FileLeaseStore;
import org.takahe.lease.file.FileLeaseStoreSettings;

/**
 * {@code takahe leases export|import}: moves leases between the data directory's file store and a Kea memfile.
 * The store's directory lock keeps a running server out, so these run only while it is stopped.
 */
final class LeaseMigration {
    /** No background compaction: the store is open only for the length of one command. */
    private static final FileLeaseStoreSettings SETTINGS =
        FileLeaseStoreSettings.DEFAULTS.withCompaction(FileLeaseStoreSettings.DEFAULTS.compactionMinSuperseded(),
            Duration.ZERO);

    private LeaseMigration() {
    }

    /** Thrown with a message for the operator. */
    static final class Failure extends Exception {
        private static final long serialVersionUID = 1L;

        Failure(String message) {
            super(message);
        }
    }

    static void export(Command.LeasesExport command, PrintStream out, PrintStream err) throws Failure, IOException {
        Path leases = TakaheServer.leaseDirectory(command.dataDirectory());
        if (!Files.isDirectory(leases)) {
            throw new Failure("no lease store at " + leases + " (is --data-dir right?)");
        }
        try (FileLeaseStore store = open(leases)) {
            List<Lease4> leases4 = store.all(Lease4.class);
            Map<String, Long> ids;
            if (command.output().isPresent()) {
                Path file = command.output().orElseThrow();
                try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                    ids = KeaLease4CsvWriter.write(leases4, command.subnets(), writer);
                }
            } else {
                ids = KeaLease4CsvWriter.write(leases4, command.subnets(),
                    new OutputStreamWriter(out, StandardCharsets.UTF_8));
            }
            // stderr, so that exporting to standard output leaves a clean file there.
            err.println("exported " + leases4.size() + " leases; subnet-ids used: " + describe(ids));
        } catch (LeaseStoreException e) {
            throw new Failure(e.getMessage());
        }
    }

    static void importFile(Command.LeasesImport command, PrintStream out) throws Failure, IOException {
        KeaLease4CsvReader.Result result;
        try (BufferedReader in = Files.newBufferedReader(command.input(), StandardCharsets.UTF_8)) {
            result = KeaLease4CsvReader.read(in, command.subnets());
        } catch (KeaCsvException e) {
            throw new Failure(command.input() + ": " + e.getMessage() + "; nothing was imported");
        }
        Files.createDirectories(command.dataDirectory());
        try (FileLeaseStore store = open(TakaheServer.leaseDirectory(command.dataDirectory()))) {
            // Forced once at close rather than per lease: nothing is answered meanwhile, and close forces all.
            store.durability(Durability.NONE);
            for (Lease4 lease : result.leases()) {
                store.commit(lease);
            }
        } catch (LeaseStoreException e) {
            throw new Failure(e.getMessage());
        }
        out.println("imported " + result.leases().size() + " leases from " + result.rows() + " rows of "
            + command.input() + " (" + result.released() + " addresses left free by their last row)");
    }

    private static FileLeaseStore open(Path leases) throws Failure {
        try {
            return FileLeaseStore.open(leases, SETTINGS);
        } catch (LeaseStoreException e) {
            throw new Failure(e.getMessage().contains("in use")
                ? "the lease store " + leases + " is in use; stop the server first" : e.getMessage());
        }
    }

    private static String describe(Map<String, Long> ids) {
        StringBuilder text = new StringBuilder();
        ids.forEach((name, id) -> text.append(text.isEmpty() ? "" : ",").append(id).append('=').append(name));
        return text.isEmpty() ? "none" : text.toString();
    }
}
