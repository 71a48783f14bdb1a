package org.takahe.lease;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.Inet4Address;
import java.net.Inet6Address;
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
        Set<Lease> before = Set.copyOf(store.all());

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

    // DHCPv6 leases: the same store, the same guarantees.

    protected static Inet6Address address6(String literal) {
        return (Inet6Address) Inet6Address.ofLiteral(literal);
    }

    /** An IA_NA lease on {@code address} of IA {@code iaid} of the client with {@code duid}, ending an hour on. */
    protected static Lease6 na(String address, String duid, long iaid) {
        return new Lease6(address6(address), 128, LeaseType.NA, duid, iaid, Optional.empty(), "range-1", T0, T0,
            T0.plus(Duration.ofMinutes(30)), T0.plus(Duration.ofHours(1)), Duration.ofMinutes(15),
            Duration.ofMinutes(24), Optional.empty());
    }

    /** An IA_PD lease on {@code prefix}/{@code length}. */
    protected static Lease6 pd(String prefix, int length, String duid, long iaid) {
        return new Lease6(address6(prefix), length, LeaseType.PD, duid, iaid, Optional.of("52:54:00:00:00:61"),
            "range-1", T0, T0, T0.plus(Duration.ofMinutes(30)), T0.plus(Duration.ofHours(1)),
            Duration.ofMinutes(15), Duration.ofMinutes(24), Optional.of("router"));
    }

    protected static Lease6 expiring(Lease6 lease, Instant expires) {
        return new Lease6(lease.address(), lease.prefixLength(), lease.type(), lease.duid(), lease.iaid(),
            lease.hardwareAddress(), lease.subnetId(), expires.minusSeconds(3600), expires.minusSeconds(3600),
            expires.minusSeconds(1800), expires, lease.t1(), lease.t2(), lease.hostname());
    }

    @Test
    void dhcpv6AddressAndPrefixAreFoundByKeyAndByOwner() throws Exception {
        Lease6 address = na("2001:db8::10", "000100011234", 1);
        Lease6 prefix = pd("2001:db8:1:100::", 56, "000100011234", 2);
        store.commit(address);
        store.commit(prefix);

        assertEquals(Optional.of(address), store.find(LeaseKey.na(address6("2001:db8::10"))));
        assertEquals(Optional.of(prefix), store.find(LeaseKey.pd(address6("2001:db8:1:100::"), 56)));
        assertEquals(Optional.empty(), store.find(LeaseKey.pd(address6("2001:db8:1:100::"), 64)));
        assertEquals(Optional.empty(), store.find(LeaseKey.pd(address6("2001:db8::10"), 128)));
        assertEquals(List.of(address), store.findByOwner(new OwnerKey.Ia("000100011234", 1, LeaseType.NA)));
        assertEquals(List.of(), store.findByOwner(new OwnerKey.Ia("000100011234", 1, LeaseType.PD)));
        assertEquals(List.of(prefix), store.findByOwner(new OwnerKey.Ia("000100011234", 2, LeaseType.PD)));
        assertEquals(Set.of(address, prefix), Set.copyOf(store.findByOwner(new OwnerKey.Duid("000100011234"))));
    }

    @Test
    void dhcpv4AndDhcpv6LeasesLiveSideBySide() throws Exception {
        Lease4 v4 = lease("198.18.0.10", "52:54:00:00:00:01", Optional.of("01aa"));
        Lease6 v6 = na("2001:db8::10", "0001aa", 7);
        store.commit(v4);
        store.commit(v6);

        assertEquals(Set.of(v4, v6), Set.copyOf(store.all()));
        assertEquals(List.of(v4), store.all(Lease4.class));
        assertEquals(List.of(v6), store.all(Lease6.class));
        assertEquals(Optional.of(v4), store.findByClient("52:54:00:00:00:01", Optional.of("01aa")));
        assertEquals(List.of(), store.findByOwner(new OwnerKey.Duid("01aa")));
    }

    @Test
    void dhcpv6CommitOnTakenKeyReplacesTheLeaseAndForgetsTheOldIa() throws Exception {
        store.commit(na("2001:db8::10", "0001aa", 1));
        Lease6 replacement = na("2001:db8::10", "0001bb", 2);
        store.commit(replacement);

        assertEquals(Optional.of(replacement), store.find(replacement.key()));
        assertEquals(List.of(), store.findByOwner(new OwnerKey.Ia("0001aa", 1, LeaseType.NA)));
        assertEquals(List.of(), store.findByOwner(new OwnerKey.Duid("0001aa")));
        assertEquals(List.of(replacement), store.findByOwner(new OwnerKey.Duid("0001bb")));
    }

    @Test
    void dhcpv6DeleteAndDeleteIfUnchanged() throws Exception {
        Lease6 address = na("2001:db8::10", "0001aa", 1);
        Lease6 prefix = pd("2001:db8:1:100::", 56, "0001aa", 2);
        store.commit(address);
        store.commit(prefix);
        Lease6 renewed = expiring(prefix, T0.plusSeconds(7200));
        store.commit(renewed);

        store.delete(address.key());
        assertFalse(store.deleteIfUnchanged(prefix), "the renewal is kept");
        assertEquals(List.of(renewed), List.copyOf(store.all()));
        assertTrue(store.deleteIfUnchanged(store.find(renewed.key()).orElseThrow()));
        assertTrue(store.all().isEmpty());
        assertEquals(List.of(), store.findByOwner(new OwnerKey.Duid("0001aa")));

        closeAndReopen();

        assertTrue(store.all().isEmpty());
    }

    @Test
    void findExpiredKeepsTheFamiliesApartAndOrdersByExpiryThenUnsignedAddress() throws Exception {
        Lease4 v4 = leaseUntil("198.18.0.10", T0.minusSeconds(300));
        // Same expiry: ordered as unsigned addresses, so ::8000:0:0:1 (negative as a signed half) comes after ::1.
        Lease6 highHalf = expiring(na("2001:db8::8000:0:0:1", "0001aa", 1), T0.minusSeconds(200));
        Lease6 lowHalf = expiring(na("2001:db8::1", "0001bb", 1), T0.minusSeconds(200));
        Lease6 prefix = expiring(pd("2001:db8:1::", 48, "0001cc", 1), T0.minusSeconds(200));
        Lease6 oldest = expiring(na("2001:db8::ffff", "0001dd", 1), T0.minusSeconds(400));
        Lease6 current = expiring(na("2001:db8::2", "0001ee", 1), T0.plusSeconds(10));
        for (Lease lease : List.of(current, prefix, highHalf, v4, lowHalf, oldest)) {
            store.commit(lease);
        }

        assertEquals(List.of(oldest, lowHalf, highHalf, prefix), store.findExpired(LeaseFamily.V6, T0, 10));
        assertEquals(List.of(oldest, lowHalf), store.findExpired(LeaseFamily.V6, T0, 2));
        assertEquals(List.of(v4), store.findExpired(LeaseFamily.V4, T0, 10));
        assertEquals(List.of(oldest, v4, lowHalf), store.findExpired(T0, 3));
    }

    @Test
    void declinedPlaceholdersOfEachFamilyAreFoundApart() throws Exception {
        Lease4 declined4 = lease("198.18.0.10", "52:54:00:00:00:01", Optional.empty())
            .declinedAt(T0, T0.plusSeconds(60));
        Lease6 declined6 = na("2001:db8::10", "0001aa", 1).declinedAt(T0, T0.plusSeconds(60));
        store.commit(declined4);
        store.commit(declined6);
        store.commit(na("2001:db8::11", "0001aa", 2));

        assertEquals(List.of(declined4), store.findDeclined(LeaseFamily.V4));
        assertEquals(List.of(declined6), store.findDeclined(LeaseFamily.V6));
        assertTrue(declined6.isDeclined());
    }

    @Test
    void dhcpv6LeaseReadsTheSameBeforeAndAfterReopen() throws Exception {
        Instant precise = Instant.parse("2025-03-01T10:00:00.123456789Z");
        store.commit(new Lease6(address6("2001:db8::8000:0:0:1"), 128, LeaseType.NA, "00030001AABBCCDDEEFF",
            0xffff_ffffL, Optional.of("aa:bb:cc:dd:ee:ff"), "range with space", precise, precise,
            precise.plusSeconds(300), precise.plusSeconds(600), Duration.ofMillis(150_500),
            Duration.ofMillis(240_250), Optional.of("café-%20 tab\there")));
        store.commit(new Lease6(address6("2001:db8:ff00::"), 40, LeaseType.PD, "-", 0, Optional.empty(), "%",
            precise, precise, precise, precise.plusSeconds(600), Duration.ZERO, Duration.ZERO, Optional.of("-")));
        Set<Lease> before = Set.copyOf(store.all());
        assertEquals(2, before.size());

        closeAndReopen();

        assertEquals(before, Set.copyOf(store.all()));
        assertEquals(1, store.findByOwner(new OwnerKey.Ia("00030001aabbccddeeff", 0xffff_ffffL, LeaseType.NA)).size());
    }
}
