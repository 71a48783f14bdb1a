package org.takahe.lease.file;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.slf4j.LoggerFactory;
import org.takahe.lease.Lease;
import org.takahe.lease.Lease4;
import org.takahe.lease.Lease6;
import org.takahe.lease.LeaseStore;
import org.takahe.lease.LeaseStoreContract;
import org.takahe.lease.LeaseStoreException;

class FileLeaseStoreTest extends LeaseStoreContract {
    /** No timer, so only the tests that ask for compaction get it. */
    private static final FileLeaseStoreSettings SETTINGS =
            FileLeaseStoreSettings.DEFAULTS.withCompaction(10_000, Duration.ZERO);

    @TempDir
    Path directory;

    @Override
    protected LeaseStore newStore() throws LeaseStoreException {
        return FileLeaseStore.open(directory, SETTINGS);
    }

    @Override
    protected LeaseStore reopen() throws LeaseStoreException {
        return FileLeaseStore.open(directory, SETTINGS);
    }

    private Path journal() {
        return directory.resolve(FileLeaseStore.JOURNAL_FILE_NAME);
    }

    private List<String> journalLines() throws Exception {
        return Files.readAllLines(journal(), StandardCharsets.US_ASCII);
    }

    /** Replaces the store under test with one opened with other settings on the same directory. */
    private FileLeaseStore reopenWith(FileLeaseStoreSettings settings) throws Exception {
        store.close();
        FileLeaseStore reopened = FileLeaseStore.open(directory, settings);
        store = reopened;
        return reopened;
    }

    private void commitAll(int from, int to) throws LeaseStoreException {
        for (int n = from; n < to; n++) {
            store.commit(numberedLease(n));
        }
    }

    private static Set<Lease4> numberedLeases(int from, int to) {
        Set<Lease4> leases = new HashSet<>();
        for (int n = from; n < to; n++) {
            leases.add(numberedLease(n));
        }
        return leases;
    }

    @Test
    void journalHoldsOneReadableLinePerChange() throws Exception {
        store.commit(lease("198.18.0.10", "52:54:00:00:00:01", Optional.of("01aa")));
        store.delete(address("198.18.0.10"));
        List<String> lines = journalLines();
        assertEquals(2, lines.size());
        assertTrue(lines.get(0).startsWith("v1 put 198.18.0.10 52:54:00:00:00:01 01aa subnet-1 "), lines.get(0));
        assertTrue(lines.get(1).startsWith("v1 del 198.18.0.10 "), lines.get(1));
    }

    /** Lines exactly as a release that knew only DHCPv4 wrote them. */
    @Test
    void journalWrittenBeforeDhcpv6StillReplays() throws Exception {
        store.close();
        Files.write(journal(), List.of(
            "v1 put 198.18.0.10 52:54:00:00:00:01 01aabb subnet-1 1740823200123 1740823201123 1740826800123 - 43F74CD4",
            "v1 put 198.18.0.11 52:54:00:00:00:02 - subnet-1 1740823200123 1740823200123 1740826800123 host-b 4EFE9971",
            "v1 del 198.18.0.10 FB87B436"), StandardCharsets.US_ASCII);

        store = reopen();

        assertEquals(List.of(new Lease4(address("198.18.0.11"), "52:54:00:00:00:02", Optional.empty(), "subnet-1",
            T0, T0, T0.plusSeconds(3600), Optional.of("host-b"))), List.copyOf(store.all()));
        Lease6 added = na("2001:db8::10", "0001aa", 1);
        store.commit(added);
        closeAndReopen();
        assertEquals(Optional.of(added), store.find(added.key()));
        assertEquals(2, store.all().size());
    }

    @Test
    void tornLastLineIsDroppedAndCutFromTheJournal() throws Exception {
        commitAll(0, 2);
        store.close();
        long intact = Files.size(journal());
        Files.writeString(journal(), "v1 put 198.18.0.99 52:54:00:", StandardOpenOption.APPEND);

        List<ILoggingEvent> logged = captureLog(() -> store = reopen());

        assertEquals(numberedLeases(0, 2), Set.copyOf(store.all()));
        assertEquals(intact, Files.size(journal()));
        assertTrue(logged.stream().anyMatch(e -> e.getFormattedMessage().startsWith("LEASE_JOURNAL_TORN_TAIL ")),
                logged.toString());
        commitAll(2, 3);
        closeAndReopen();
        assertEquals(numberedLeases(0, 3), Set.copyOf(store.all()));
    }

    @Test
    void lastLineWithBadChecksumIsDropped() throws Exception {
        commitAll(0, 2);
        store.close();
        List<String> lines = journalLines();
        lines.set(1, lines.get(1).replace("subnet-1", "subnet-2"));
        Files.write(journal(), lines, StandardCharsets.US_ASCII);

        store = reopen();

        assertEquals(numberedLeases(0, 1), Set.copyOf(store.all()));
    }

    @Test
    void damagedLineBeforeTheLastIsRefusedNamingFileAndLine() throws Exception {
        commitAll(0, 3);
        store.close();
        List<String> lines = journalLines();
        lines.set(1, lines.get(1).replace("subnet-1", "subnet-2"));
        Files.write(journal(), lines, StandardCharsets.US_ASCII);
        byte[] damaged = Files.readAllBytes(journal());

        LeaseStoreException refused = assertThrows(LeaseStoreException.class, this::reopen);

        assertTrue(refused.getMessage().contains(journal() + " is corrupt at line 2"), refused.getMessage());
        assertArrayEquals(damaged, Files.readAllBytes(journal()), "a refused journal is left as it was");
        store = reopenAfterRepair(lines);
        assertEquals(numberedLeases(0, 3), Set.copyOf(store.all()));
    }

    private LeaseStore reopenAfterRepair(List<String> lines) throws Exception {
        lines.set(1, lines.get(1).replace("subnet-2", "subnet-1"));
        Files.write(journal(), lines, StandardCharsets.US_ASCII);
        return reopen();
    }

    @Test
    void secondStoreOnTheSameDirectoryIsRefused() {
        LeaseStoreException refused = assertThrows(LeaseStoreException.class, this::reopen);
        assertTrue(refused.getMessage().contains("in use"), refused.getMessage());
    }

    @Test
    void durabilityPolicyCanChangeWhileTheStoreRunsWithoutLosingCommits() throws Exception {
        FileLeaseStore running = (FileLeaseStore) store;
        store.commit(numberedLease(0));
        running.durability(Durability.EVERY_WRITE);
        store.commit(numberedLease(1));
        running.durability(Durability.NONE);
        store.commit(numberedLease(2));
        running.durability(Durability.BATCHED);
        store.commit(numberedLease(3));
        Set<Lease> committed = Set.copyOf(store.all());
        assertEquals(4, journalLines().size());
        closeAndReopen();
        assertEquals(committed, Set.copyOf(store.all()));
    }

    @Test
    void compactionKeepsExactlyTheLiveLeases() throws Exception {
        for (int round = 0; round < 5; round++) {
            for (int n = 0; n < 10; n++) {
                Lease4 lease = numberedLease(n);
                store.commit(lease.renewedAt(T0.plusSeconds(round), T0.plusSeconds(3600 + round)));
            }
        }
        store.delete(numberedLease(0).address());
        store.delete(numberedLease(1).address());
        Set<Lease> live = Set.copyOf(store.all());

        ((FileLeaseStore) store).compact();

        assertEquals(8, journalLines().size());
        assertEquals(live, Set.copyOf(store.all()));
        closeAndReopen();
        assertEquals(live, Set.copyOf(store.all()));
    }

    @Test
    void leftoverOfAnInterruptedCompactionIsIgnoredAndRemoved() throws Exception {
        commitAll(0, 3);
        store.close();
        Path leftover = directory.resolve(FileLeaseStore.JOURNAL_FILE_NAME + ".compacting");
        Files.writeString(leftover, "v1 put 198.18.0.200 half-written");

        store = reopen();

        assertEquals(numberedLeases(0, 3), Set.copyOf(store.all()));
        assertFalse(Files.exists(leftover));
    }

    @Test
    void openCompactsAJournalMostlyMadeOfSupersededRecords() throws Exception {
        Lease4 lease = numberedLease(0);
        for (int round = 0; round < 30; round++) {
            store.commit(lease.renewedAt(T0.plusSeconds(round), T0.plusSeconds(3600 + round)));
        }
        Set<Lease> live = Set.copyOf(store.all());

        reopenWith(SETTINGS.withCompaction(10, Duration.ZERO));

        assertEquals(1, journalLines().size());
        assertEquals(live, Set.copyOf(store.all()));
    }

    @Test
    void backgroundCheckCompactsAGrowingJournal() throws Exception {
        reopenWith(SETTINGS.withCompaction(1, Duration.ofMillis(10)));
        Lease4 lease = numberedLease(0);
        for (int round = 0; round < 20; round++) {
            store.commit(lease.renewedAt(T0.plusSeconds(round), T0.plusSeconds(3600 + round)));
        }
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (journalLines().size() > 1 && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        assertEquals(1, journalLines().size());
    }

    @Test
    void commitsMadeWhileCompactingAreKept() throws Exception {
        FileLeaseStore fileStore = (FileLeaseStore) store;
        commitAll(0, 100);
        try (ExecutorService pool = Executors.newFixedThreadPool(4)) {
            List<Future<?>> writers = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                int first = 100 + t * 150;
                writers.add(pool.submit(() -> {
                    commitAll(first, first + 150);
                    return null;
                }));
            }
            for (int round = 0; round < 5; round++) {
                fileStore.compact();
            }
            for (Future<?> writer : writers) {
                writer.get();
            }
        }
        assertEquals(numberedLeases(0, 700), Set.copyOf(store.all()));
        closeAndReopen();
        assertEquals(numberedLeases(0, 700), Set.copyOf(store.all()));
    }

    @ParameterizedTest
    @EnumSource(Durability.class)
    void everyDurabilityPolicyKeepsChangesAcrossReopen(Durability durability) throws Exception {
        reopenWith(SETTINGS.withDurability(durability).withBatchWindow(Duration.ofMillis(2)));
        try (ExecutorService pool = Executors.newFixedThreadPool(4)) {
            List<Future<?>> writers = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                int first = t * 25;
                writers.add(pool.submit(() -> {
                    commitAll(first, first + 25);
                    return null;
                }));
            }
            for (Future<?> writer : writers) {
                writer.get();
            }
        }
        store.delete(numberedLease(0).address());
        closeAndReopen();
        assertEquals(numberedLeases(1, 100), Set.copyOf(store.all()));
    }

    /** What is on disk while the store runs is what a kill -9 would leave; it must hold every commit. */
    @ParameterizedTest
    @EnumSource(value = Durability.class, names = {"EVERY_WRITE", "BATCHED"})
    void journalCopiedWhileOpenHoldsEveryAcknowledgedChange(Durability durability, @TempDir Path crashed)
            throws Exception {
        reopenWith(SETTINGS.withDurability(durability));
        commitAll(0, 50);
        store.delete(numberedLease(7).address());

        Files.copy(journal(), crashed.resolve(FileLeaseStore.JOURNAL_FILE_NAME));
        try (FileLeaseStore recovered = FileLeaseStore.open(crashed, SETTINGS)) {
            Set<Lease4> expected = numberedLeases(0, 50);
            expected.remove(numberedLease(7));
            assertEquals(expected, Set.copyOf(recovered.all()));
        }
    }

    private interface Action {
        void run() throws Exception;
    }

    private static List<ILoggingEvent> captureLog(Action action) throws Exception {
        Logger logger = (Logger) LoggerFactory.getLogger(FileLeaseStore.class);
        ListAppender<ILoggingEvent> appender = new ListAppender<>();
        appender.start();
        logger.addAppender(appender);
        try {
            action.run();
        } finally {
            logger.detachAppender(appender);
        }
        return appender.list;
    }
}
