package org.takahe.lease.file;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.takahe.lease.Lease;
import org.takahe.lease.LeaseFamily;
import org.takahe.lease.LeaseKey;
import org.takahe.lease.OwnerKey;

/**
 * The live leases of both families, by key, by every owner key they list and, per family, by expiry. An owner may
 * hold several leases (one per subnet, or one per IA), so owners map to sets of keys. Thread-safe; every method
 * holds the monitor only for a few map operations (or, for {@link #expired}, as many steps as leases it returns).
 */
final class LeaseIndex {
    private final Map<LeaseKey, Lease> byKey = new HashMap<>();
    private final Map<OwnerKey, Set<LeaseKey>> byOwner = new HashMap<>();
    private final Map<LeaseFamily, NavigableSet<Lease>> byExpiry = new EnumMap<>(LeaseFamily.class);

    LeaseIndex() {
        for (LeaseFamily family : LeaseFamily.values()) {
            byExpiry.put(family, new TreeSet<>(Lease.BY_EXPIRY));
        }
    }

    /** Applies a journal record; tells whether it superseded an earlier one. */
    synchronized boolean apply(JournalRecord record) {
        Lease previous = switch (record) {
            case JournalRecord.Put(Lease lease) -> byKey.put(lease.key(), lease);
            case JournalRecord.Remove(LeaseKey key) -> byKey.remove(key);
        };
        if (previous != null) {
            byExpiry.get(previous.family()).remove(previous);
            LeaseKey key = previous.key();
            previous.owners().forEach(owner -> unlink(owner, key));
        }
        if (record instanceof JournalRecord.Put(Lease lease)) {
            byExpiry.get(lease.family()).add(lease);
            LeaseKey key = lease.key();
            lease.owners().forEach(owner -> link(owner, key));
        }
        return previous != null;
    }

    synchronized Optional<Lease> find(LeaseKey key) {
        return Optional.ofNullable(byKey.get(key));
    }

    synchronized List<Lease> findByOwner(OwnerKey owner) {
        Set<LeaseKey> keys = byOwner.get(owner);
        if (keys == null) {
            return List.of();
        }
        List<Lease> found = new ArrayList<>(keys.size());
        keys.forEach(key -> found.add(byKey.get(key)));
        return found;
    }

    /** Up to {@code limit} leases of the family expired at {@code cutoff}, earliest expiry first. */
    synchronized List<Lease> expired(LeaseFamily family, Instant cutoff, int limit) {
        List<Lease> found = new ArrayList<>(Math.min(limit, 64));
        for (Lease lease : byExpiry.get(family)) {
            if (found.size() == limit || lease.expires().isAfter(cutoff)) {
                break;
            }
            found.add(lease);
        }
        return found;
    }

    synchronized List<Lease> all() {
        return List.copyOf(byKey.values());
    }

    synchronized int size() {
        return byKey.size();
    }

    private void link(OwnerKey owner, LeaseKey key) {
        byOwner.computeIfAbsent(owner, k -> new HashSet<>(2)).add(key);
    }

    private void unlink(OwnerKey owner, LeaseKey key) {
        byOwner.computeIfPresent(owner, (k, keys) -> {
            keys.remove(key);
            return keys.isEmpty() ? null : keys;
        });
    }
}
