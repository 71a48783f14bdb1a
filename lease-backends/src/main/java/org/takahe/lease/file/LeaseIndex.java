package org.takahe.lease.file;

import java.net.Inet4Address;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.takahe.lease.Lease4;

/**
 * The live leases, by address and by the two ways a client is recognised. A client may hold several
 * leases (one per subnet), so the client indexes map to sets of addresses. Thread-safe; every method holds
 * the monitor only for a few map operations.
 */
final class LeaseIndex {
    private static final Comparator<Lease4> MOST_RECENTLY_RENEWED = Comparator.comparing(Lease4::renewed);

    private final Map<Inet4Address, Lease4> byAddress = new HashMap<>();
    private final Map<String, Set<Inet4Address>> byHardwareAddress = new HashMap<>();
    private final Map<String, Set<Inet4Address>> byClientId = new HashMap<>();

    /** Applies a journal record; tells whether it superseded an earlier one. */
    synchronized boolean apply(JournalRecord record) {
        Lease4 previous = switch (record) {
            case JournalRecord.Put(Lease4 lease) -> byAddress.put(lease.address(), lease);
            case JournalRecord.Remove(Inet4Address address) -> byAddress.remove(address);
        };
        if (previous != null) {
            unlink(byHardwareAddress, previous.hardwareAddress(), previous.address());
            previous.clientId().ifPresent(id -> unlink(byClientId, id, previous.address()));
        }
        if (record instanceof JournalRecord.Put(Lease4 lease)) {
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
