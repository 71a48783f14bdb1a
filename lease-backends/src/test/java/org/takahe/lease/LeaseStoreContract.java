package org.takahe.lease;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.Inet4Address;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link LeaseStore} must do, whatever it stores leases in. A back end's test extends this and
 * says how to make a store over fresh storage and how to open that storage again.
 */
public abstract class LeaseStoreContract {
    /** Whole milliseconds: a time every back end can keep exactly. */
    protected static final Instant T0 = Instant.parse("2025-03-01T10:00:00.123Z");

    /** The store under test; opened before each test, closed after. */
    protected LeaseStore store;

    /** A store over new, empty storage. Called once per test, before anything else. */
    protected abstract LeaseStore newStore() throws Exception;

    /** A store over the same storage as the last one made; the contract has closed that one first. */
    protected abstract LeaseStore reopen() throws Exception;

    @BeforeEach
    final void openFreshStore() throws Exception {
        store = newStore();
    }

    @AfterEach
    final void closeStore() throws Exception {
        store.close();
    }

    /** Closes the current store, opens the storage again and makes that the store under test. */
    protected final void closeAndReopen() throws Exception {
        store.close();
        store = reopen();
    }

    protected static Inet4Address address(String literal) {
        return Inet4Address.ofLiteral(literal);
    }

    protected static Lease4 lease(String address, String hardwareAddress, Optional<String> clientId) {
        return new Lease4(address(address), hardwareAddress, clientId, "subnet-1", T0, T0,
                T0.plus(Duration.ofHours(1)), Optional.empty());
    }

    /** The n-th of many distinct leases, all in 198.18.0.0/15. */
    protected static Lease4 numberedLease(int n) {
        return lease("198.18." + (n >> 8 & 0xff) + "." + (n & 0xff),
                String.format("02:00:00:00:%02x:%02x", n >> 8 & 0xff, n & 0xff), Optional.of(String.format("01%04x", n)));
    }

    @Test
    void emptyStoreFindsNothing() {
        assertEquals(Optional.empty(), store.findByAddress(address("198.18.0.10")));
        assertEquals(Optional.empty(), store.findByClient("52:54:00:00:00:01", Optional.empty()));
        assertEquals(Optional.empty(), store.findByClient("52:54:00:00:00:01", Optional.of("01aa")));
        assertTrue(store.all().isEmpty());
    }

    @Test
    void committedLeaseIsFoundByAddress() throws Exception {
        Lease4 lease = lease("198.18.0.10", "52:54:00:00:00:01", Optional.of("0152540000001"));
        store.commit(lease);
        assertEquals(Optional.of(lease), store.findByAddress(address("198.18.0.10")));
    }

    @Test
    void clientThatSendsClientIdIsFoundByIt() throws Exception {
        Lease4 lease = lease("198.18.0.10", "52:54:00:00:00:01", Optional.of("01aabbcc"));
        store.commit(lease);
        assertEquals(Optional.of(lease), store.findByClient("52:54:00:00:00:99", Optional.of("01aabbcc")));
    }

    @Test
    void clientIdThatMatchesNoLeaseFindsNothingEvenWhenHardwareAddressMatches() throws Exception {
        store.commit(lease("198.18.0.10", "52:54:00:00:00:01", Optional.of("01aabbcc")));
        assertEquals(Optional.empty(), store.findByClient("52:54:00:00:00:01", Optional.of("01ddeeff")));
    }

    @Test
    void clientWithoutClientIdIsFoundByHardwareAddress() throws Exception {
        Lease4 lease = lease("198.18.0.10", "52:54:00:00:00:01", Optional.empty());
        store.commit(lease);
        assertEquals(Optional.of(lease), store.findByClient("52:54:00:00:00:01", Optional.empty()));
        assertEquals(Optional.empty(), store.findByClient("52:54:00:00:00:02", Optional.empty()));
    }

    @Test
    void commitOnTakenAddressReplacesTheLeaseAndForgetsTheOldClient() throws Exception {
        store.commit(lease("198.18.0.10", "52:54:00:00:00:01", Optional.of("01aa")));
        Lease4 replacement = lease("198.18.0.10", "52:54:00:00:00:02", Optional.of("01bb"));
        store.commit(replacement);
        assertEquals(Optional.of(replacement), store.findByAddress(address("198.18.0.10")));
        assertEquals(Optional.empty(), store.findByClient("52:54:00:00:00:01", Optional.empty()));
        assertEquals(Optional.empty(), store.findByClient("52:54:00:00:00:01", Optional.of("01aa")));
        assertEquals(Optional.of(replacement), store.findByClient("52:54:00:00:00:02", Optional.of("01bb")));
        assertEquals(List.of(replacement), List.copyOf(store.all()));
    }

    @Test
    void renewalReplacesTheLeaseOnTheSameAddress() throws Exception {
        Lease4 lease = lease("198.18.0.10", "52:54:00:00:00:01", Optional.empty());
        store.commit(lease);
        Lease4 renewed = lease.renewedAt(T0.plusSeconds(1800), T0.plusSeconds(5400));
        store.commit(renewed);
        assertEquals(Optional.of(renewed), store.findByClient("52:54:00:00:00:01", Optional.empty()));
        assertEquals(1, store.all().size());
    }

    @Test
    void deletedLeaseIsGoneFromEveryLookup() throws Exception {
        store.commit(lease("198.18.0.10", "52:54:00:00:00:01", Optional.of("01aa")));
        store.delete(address("198.18.0.10"));
        assertEquals(Optional.empty(), store.findByAddress(address("198.18.0.10")));
        assertEquals(Optional.empty(), store.findByClient("52:54:00:00:00:01", Optional.empty()));
        assertEquals(Optional.empty(), store.findByClient("52:54:00:00:00:01", Optional.of("01aa")));
        assertTrue(store.all().isEmpty());
    }

    @Test
    void deletingAnAddressWithoutLeaseChangesNothing() throws Exception {
        Lease4 lease = lease("198.18.0.10", "52:54:00:00:00:01", Optional.empty());
        store.commit(lease);
        store.delete(address("198.18.0.11"));
        assertEquals(List.of(lease), List.copyOf(store.all()));
    }

    @Test
    void clientWithTwoLeasesKeepsTheOtherWhenOneIsDeleted() throws Exception {
        Lease4 first = lease("198.18.0.10", "52:54:00:00:00:01", Optional.of("01aa"));
        Lease4 second = new Lease4(address("198.18.1.10"), "52:54:00:00:00:01", Optional.of("01aa"), "subnet-2",
                T0, T0, T0.plusSeconds(60), Optional.empty());
        store.commit(first);
        store.commit(second);
        store.delete(address("198.18.0.10"));
        assertEquals(Optional.of(second), store.findByClient("52:54:00:00:00:01", Optional.empty()));
        assertEquals(Optional.of(second), store.findByClient("52:54:00:00:00:01", Optional.of("01aa")));
    }

    @Test
    void allIncludesExpiredLeases() throws Exception {
        Lease4 expired = new Lease4(address("198.18.0.10"), "52:54:00:00:00:01", Optional.empty(), "subnet-1",
                T0.minusSeconds(7200), T0.minusSeconds(7200), T0.minusSeconds(3600), Optional.empty());
        Lease4 current = lease("198.18.0.11", "52:54:00:00:00:02", Optional.empty());
        store.commit(expired);
        store.commit(current);
        assertEquals(Set.of(expired, current), Set.copyOf(store.all()));
    }

    /** A lease that ends at {@code expires}, of a client named after the address's last octet. */
    protected static Lease4 leaseUntil(String address, Instant expires) {
        int lastOctet = Integer.parseInt(address.substring(address.lastIndexOf('.') + 1));
        return new Lease4(address(address), String.format("52:54:00:00:00:%02x", lastOctet), Optional.empty(),
                "subnet-1", expires.minusSeconds(3600), expires.minusSeconds(3600), expires, Optional.empty());
    }

    @Test
    void findExpiredReturnsLeasesEndedByTheCutoffEarliestFirstUpToTheLimit() throws Exception {
        Lease4 oldest = leaseUntil("198.18.0.12", T0.minusSeconds(300));
        Lease4 older = leaseUntil("198.18.0.10", T0.minusSeconds(200));
        Lease4 sameTimeHigherAddress = leaseUntil("198.18.0.11", T0.minusSeconds(200));
        Lease4 endsAtCutoff = leaseUntil("198.18.0.13", T0);
        Lease4 current = leaseUntil("198.18.0.14", T0.plusMillis(1));
        for (Lease4 lease : List.of(current, endsAtCutoff, sameTimeHigherAddress, older, oldest)) {
            store.commit(lease);
        }
        assertEquals(List.of(oldest, older, sameTimeHigherAddress, endsAtCutoff), store.findExpired(T0, 10));
        assertEquals(List.of(oldest, older), store.findExpired(T0, 2));
        assertEquals(List.of(), store.findExpired(T0.minusSeconds(301), 10));
    }

    @Test
    void findExpiredFollowsRenewalsAndDeletions() throws Exception {
        Lease4 renewed = leaseUntil("198.18.0.10", T0.minusSeconds(60));
        Lease4 deleted = leaseUntil("198.18.0.11", T0.minusSeconds(30));
        Lease4 stays = leaseUntil("198.18.0.12", T0.minusSeconds(10));
        store.commit(renewed);
        store.commit(deleted);
        store.commit(stays);
        store.commit(renewed.renewedAt(T0, T0.plusSeconds(3600)));
        store.delete(deleted.address());
        assertEquals(List.of(stays), store.findExpired(T0, 10));

        closeAndReopen();

        assertEquals(List.of(stays), store.findExpired(T0, 10));
    }

    @Test
    void findExpiredRefusesANonPositiveLimit() {
        assertThrows(IllegalArgumentException.class, () -> store.findExpired(T0, 0));
    }

    @Test
    void deleteIfUnchangedRemovesTheLeaseItWasGiven() throws Exception {
        Lease4 lease = leaseUntil("198.18.0.10", T0.minusSeconds(60));
        store.commit(lease);
        Lease4 stored = store.findByAddress(lease.address()).orElseThrow();
        assertTrue(store.deleteIfUnchanged(stored));
        assertEquals(Optional.empty(), store.findByAddress(lease.address()));
        assertTrue(store.findExpired(T0, 10).isEmpty());

        closeAndReopen();

        assertEquals(Optional.empty(), store.findByAddress(lease.address()));
    }

    @Test
    void deleteIfUnchangedKeepsALeaseRenewedOrReplacedMeanwhile() throws Exception {
        Lease4 expired = leaseUntil("198.18.0.10", T0.minusSeconds(60));
        store.commit(expired);
        Lease4 renewal = expired.renewedAt(T0, T0.plusSeconds(3600));
        store.commit(renewal);
        assertFalse(store.deleteIfUnchanged(expired));
        assertEquals(Optional.of(renewal), store.findByAddress(expired.address()));

        store.delete(expired.address());
        assertFalse(store.deleteIfUnchanged(renewal));
        assertTrue(store.all().isEmpty());
    }

    @Test
    void findAllByHardwareAddressReturnsEveryLeaseOfThatAddress() throws Exception {
        Lease4 first = lease("198.18.0.10", "", Optional.empty());
        Lease4 second = new Lease4(address("198.18.1.10"), "", Optional.empty(), "subnet-2", T0, T0,
                T0.minusSeconds(1), Optional.empty());
        Lease4 other = lease("198.18.0.11", "52:54:00:00:00:01", Optional.of("01aa"));
        store.commit(first);
        store.commit(second);
        store.commit(other);
        assertEquals(Set.of(first, second), Set.copyOf(store.findAllByHardwareAddress("")));
        assertEquals(List.of(other), store.findAllByHardwareAddress("52:54:00:00:00:01"));
        assertEquals(List.of(), store.findAllByHardwareAddress("52:54:00:00:00:02"));
        store.delete(first.address());
        assertEquals(List.of(second), store.findAllByHardwareAddress(""));
    }

    @Test
    void changesSurviveReopen() throws Exception {
        Lease4 kept = lease("198.18.0.10", "52:54:00:00:00:01", Optional.of("01aa"));
        Lease4 replaced = lease("198.18.0.11", "52:54:00:00:00:02", Optional.empty());
        Lease4 replacement = lease("198.18.0.11", "52:54:00:00:00:03", Optional.of("01cc"));
        store.commit(kept);
        store.commit(replaced);
        store.commit(replacement);
        store.commit(lease("198.18.0.12", "52:54:00:00:00:04", Optional.empty()));
        store.delete(address("198.18.0.12"));

        closeAndReopen();

        assertEquals(Set.of(kept, replacement), Set.copyOf(store.all()));
        assertEquals(Optional.of(kept), store.findByClient("52:54:00:00:00:01", Optional.of("01aa")));
        assertEquals(Optional.of(replacement), store.findByClient("52:54:00:00:00:03", Optional.empty()));
        assertEquals(Optional.empty(), store.findByClient("52:54:00:00:00:02", Optional.empty()));
        assertEquals(Optional.empty(), store.findByAddress(address("198.18.0.12")));
    }

    @Test
    void leaseReadsTheSameBeforeAndAfterReopen() throws Exception {
        Instant precise = Instant.parse("2025-03-01T10:00:00.123456789Z");
        store.commit(new Lease4(address("198.18.0.10"), "52:54:00:00:00:01", Optional.of(""), "subnet with space",
                precise, precise, precise.plusSeconds(600), Optional.of("café-%20 tab\there")));
        store.commit(new Lease4(address("198.18.0.11"), "-", Optional.of("-"), "%", precise, precise,
                precise.plusSeconds(600), Optional.of("-")));
        Set<Lease4> before = Set.copyOf(store.all());

        closeAndReopen();

        assertEquals(before, Set.copyOf(store.all()));
    }

    @Test
    void commitAfterCloseIsRefused() throws Exception {
        store.close();
        assertThrows(LeaseStoreException.class,
                () -> store.commit(lease("198.18.0.10", "52:54:00:00:00:01", Optional.empty())));
    }

    @Test
    void concurrentCommitsFromSeveralThreadsAreAllKept() throws Exception {
        int threads = 8;
        int perThread = 100;
        List<Callable<Void>> writers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int first = t * perThread;
            writers.add(() -> {
                for (int n = first; n < first + perThread; n++) {
                    store.commit(numberedLease(n));
                }
                return null;
            });
        }
        try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
            for (Future<Void> done : pool.invokeAll(writers)) {
                done.get();
            }
        }
        Set<Lease4> expected = new HashSet<>();
        for (int n = 0; n < threads * perThread; n++) {
            expected.add(numberedLease(n));
        }
        assertEquals(expected, Set.copyOf(store.all()));

        closeAndReopen();

        assertEquals(expected, Set.copyOf(store.all()));
    }
}
