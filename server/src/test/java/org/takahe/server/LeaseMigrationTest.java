package org.takahe.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.takahe.lease.Lease4;
import org.takahe.lease.file.FileLeaseStore;
import org.takahe.lease.file.FileLeaseStoreSettings;

/** {@code takahe leases export|import} end to end through {@link Main#run}. */
class LeaseMigrationTest {
    private static final String HEADER =
        "address,hwaddr,client_id,valid_lifetime,expire,subnet_id,fqdn_fwd,fqdn_rev,hostname,state,user_context\n";
    private static final Instant GRANTED = Instant.ofEpochSecond(1764000000);

    @TempDir
    Path tmp;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void aDataDirectoryExportedAndImportedElsewhereHoldsTheSameLeases() throws Exception {
        Path source = tmp.resolve("source");
        List<Lease4> leases = List.of(
            lease("198.18.0.10", "52:54:00:00:00:10", Optional.of("0152540000000a"), "lan", Optional.of("pc,one")),
            lease("198.18.1.20", "52:54:00:00:00:20", Optional.empty(), "guest", Optional.empty()));
        try (FileLeaseStore store = open(source)) {
            for (Lease4 lease : leases) {
                store.commit(lease);
            }
        }
        Path csv = tmp.resolve("kea-leases4.csv");
        assertEquals(0, run("leases", "export", "--format", "kea-csv", "--data-dir", source.toString(),
            "--output", csv.toString(), "--subnet-map", "5=lan"), err.toString());
        assertEquals(HEADER
            + "198.18.0.10,52:54:00:00:00:10,01:52:54:00:00:00:0a,3600,1764003600,5,0,0,pc&#x2cone,0,\n"
            + "198.18.1.20,52:54:00:00:00:20,,3600,1764003600,6,0,0,,0,\n", Files.readString(csv));
        assertTrue(err.toString().contains("exported 2 leases; subnet-ids used: 6=guest,5=lan"), err.toString());

        Path target = tmp.resolve("target");
        assertEquals(0, run("leases", "import", "--format", "kea-csv", csv.toString(), "--data-dir",
            target.toString(), "--subnet-map", "5=lan,6=guest"), err.toString());
        assertTrue(out.toString().contains("imported 2 leases from 2 rows"), out.toString());
        try (FileLeaseStore store = open(target)) {
            assertEquals(Set.copyOf(leases), Set.copyOf(store.all()));
        }
    }

    @Test
    void exportWithoutOutputWritesTheFileToStandardOutput() throws Exception {
        Path data = tmp.resolve("data");
        try (FileLeaseStore store = open(data)) {
            store.commit(lease("198.18.0.10", "52:54:00:00:00:10", Optional.empty(), "lan", Optional.empty()));
        }
        assertEquals(0, run("leases", "export", "--format", "kea-csv", "--data-dir", data.toString()));
        assertEquals(HEADER + "198.18.0.10,52:54:00:00:00:10,,3600,1764003600,1,0,0,,0,\n", out.toString());
    }

    @Test
    void aBadRowImportsNothingAndIsNamed() throws Exception {
        Path data = tmp.resolve("data");
        Path csv = tmp.resolve("bad.csv");
        Files.writeString(csv, HEADER
            + "198.18.0.10,52:54:00:00:00:10,,3600,1764003600,1,0,0,,0,\n"
            + "198.18.0.11,52:54:00:00:00:11,,3600,1764003600,2,0,0,,0,\n");
        assertEquals(1, run("leases", "import", "--format", "kea-csv", csv.toString(), "--data-dir", data.toString(),
            "--subnet-map", "1=lan"));
        assertTrue(err.toString().contains("bad.csv: line 3, column subnet_id: 2 has no allocation-range name; "
            + "give one with --subnet-map 2=NAME"), err.toString());
        assertTrue(err.toString().contains("nothing was imported"), err.toString());
        try (FileLeaseStore store = open(data)) {
            assertEquals(0, store.all().size());
        }
    }

    @Test
    void aStoreInUseByARunningServerIsRefused() throws Exception {
        Path data = tmp.resolve("data");
        Path csv = tmp.resolve("kea-leases4.csv");
        Files.writeString(csv, HEADER + "198.18.0.10,52:54:00:00:00:10,,3600,1764003600,1,0,0,,0,\n");
        try (FileLeaseStore running = open(data)) {
            assertEquals(1, run("leases", "import", "--format", "kea-csv", csv.toString(), "--data-dir",
                data.toString(), "--subnet-map", "1=lan"));
            assertTrue(err.toString().contains("is in use; stop the server first"), err.toString());
            assertEquals(0, running.all().size());
            assertEquals(1, run("leases", "export", "--format", "kea-csv", "--data-dir", data.toString()));
        }
    }

    @Test
    void exportOfADirectoryWithoutLeasesSaysSo() {
        assertEquals(1, run("leases", "export", "--format", "kea-csv", "--data-dir", tmp.resolve("none").toString()));
        assertTrue(err.toString().contains("no lease store at"), err.toString());
    }

    private int run(String... args) {
        out.reset();
        err.reset();
        return Main.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private static FileLeaseStore open(Path data) throws Exception {
        return FileLeaseStore.open(TakaheServer.leaseDirectory(data), FileLeaseStoreSettings.DEFAULTS);
    }

    private static Lease4 lease(String address, String mac, Optional<String> clientId, String subnet,
            Optional<String> hostname) throws Exception {
        return new Lease4((Inet4Address) InetAddress.getByName(address), mac, clientId, subnet, GRANTED, GRANTED,
            GRANTED.plusSeconds(3600), hostname);
    }
}
