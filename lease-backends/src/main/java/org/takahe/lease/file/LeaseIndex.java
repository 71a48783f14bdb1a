package org.takahe.lease.file;

import java.net.Inet4Address;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.takahe.lease.Lease4;

/**
 * The live leases, by address, by the two ways a client is recognised and by expiry. A client may hold several
 * leases (one per subnet), so the client indexes map to sets of addresses. Thread-safe; every method holds
 * the monitor only for a few map operations (or, for {@link #expired}, as many steps as leases it returns).
 */
final class LeaseIndex {
    private static final Comparator<Lease4> MOST_RECENTLY_RENEWED = Comparator.comparing(Lease4::renewed);
    /** Earliest expiry first; the address breaks ties so distinct leases never compare equal. */
    private static final Comparator<Lease4> BY_EXPIRY = Comparator.comparing(Lease4::expires)
        .thenComparing(lease -> lease.address().getAddress(), Arrays::compareUnsigned);

    private final Map<Inet4Address, Lease4> byAddress = new HashMap<>();
    private final Map<String, Set<Inet4Address>> byHardwareAddress = new HashMap<>();
    private final Map<String, Set<Inet4Address>> byClientId = new HashMap<>();
    private final NavigableSet<Lease4> byExpiry = new TreeSet<>(BY_EXPIRY);

    /** Applies a journal record; tells whether it superseded an earlier one. */
    synchronized boolean apply(JournalRecord record) {
        Lease4 previous = switch (record) {
            case JournalRecord.Put(Lease4 lease) -> byAddress.put(lease.address(), lease);
            case JournalRecord.Remove(Inet4Address address) -> byAddress.remove(address);
        };
        if (previous != null) {
            byExpiry.remove(previous);
            unlink(byHardwareAddress, previous.hardwareAddress(), previous.address());
            previous.clientId().ifPresent(id -> unlink(byClientId, id, previous.address()));
        }
        if (record instanceof JournalRecord.Put(Lease4 lease)) {
            byExpiry.add(lease);
            link(byHardwareAddress, lease.hardwareAddress(), lease.address());
            lease.clientId().ifPresent(id -> link(byClientId, id, lease.address()));
        }
        return previous != null;
    }

    synchronized Optional<Lease4> findByAddress(Inet4Address address) {
        return Optional.ofNullable(byAddress.get(address));
    }

    /** Among the client's leases, the one granted or renewed last: the one it is most likely using. */
    synchronized Optional<Lease4> findByClient(String hardwareAddress, Optional<String> clientId) {
        Set<Inet4Address> addresses = clientId.isPresent()
                ? byClientId.getOrDefault(clientId.get(), Set.of())
                : byHardwareAddress.getOrDefault(hardwareAddress, Set.of());
        return addresses.stream().map(byAddress::get).max(MOST_RECENTLY_RENEWED);
    }

    /** Up to {@code limit} leases expired at {@code cutoff}, earliest expiry first. */
    synchronized List<Lease4> expired(Instant cutoff, int limit) {
        List<Lease4> found = new ArrayList<>(Math.min(limit, 64));
        for (Lease4 lease : byExpiry) {
            if (found.size() == limit || lease.expires().isAfter(cutoff)) {
                break;
            }
            found.add(lease);
        }
        return found;
    }

    synchronized List<Lease4> allByHardwareAddress(String hardwareAddress) {
        return byHardwareAddress.getOrDefault(hardwareAddress, Set.of()).stream().map(byAddress::get).toList();
    }

    synchronized List<Lease4> all() {
        return List.copyOf(byAddress.values());
    }

    synchronized int size() {
        return byAddress.size();
    }

    private static void link(Map<String, Set<Inet4Address>> index, String key, Inet4Address address) {
        index.computeIfAbsent(key, k -> new HashSet<>(2)).add(address);
    }

    private static void unlink(Map<String, Set<Inet4Address>> index, String key, Inet4Address address) {
        index.computeIfPresent(key, (k, addresses) -> {
            addresses.remove(address);
            return addresses.isEmpty() ? null : addresses;
        });
    }
}
