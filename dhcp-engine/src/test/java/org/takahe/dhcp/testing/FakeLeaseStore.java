package org.takahe.dhcp.testing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.takahe.lease.Lease;
import org.takahe.lease.LeaseFamily;
import org.takahe.lease.LeaseKey;
import org.takahe.lease.LeaseStore;
import org.takahe.lease.LeaseStoreException;
import org.takahe.lease.OwnerKey;

/** An in-memory LeaseStore that records what happened, in order, into a shared event log. */
public final class FakeLeaseStore implements LeaseStore {
    private final Map<LeaseKey, Lease> leases = new ConcurrentHashMap<>();
    private final List<String> events;
    private volatile boolean failing;

    public FakeLeaseStore() {
        this(new ArrayList<>());
    }

    public FakeLeaseStore(List<String> events) {
        this.events = events;
    }

    /** From now on commit and delete throw, as a full disk would make them. */
    public void failWrites() {
        failing = true;
    }

    public List<String> events() {
        synchronized (events) {
            return List.copyOf(events);
        }
    }

    @Override
    public Optional<Lease> find(LeaseKey key) {
        return Optional.ofNullable(leases.get(key));
    }

    @Override
    public List<Lease> findByOwner(OwnerKey owner) {
        return leases.values().stream().filter(l -> l.owners().contains(owner)).toList();
    }

    @Override
    public void commit(Lease lease) throws LeaseStoreException {
        if (failing) {
            throw new LeaseStoreException("disk full");
        }
        leases.put(lease.key(), lease);
        record("commit " + lease.key());
    }

    @Override
    public void delete(LeaseKey key) throws LeaseStoreException {
        if (failing) {
            throw new LeaseStoreException("disk full");
        }
        leases.remove(key);
        record("delete " + key);
    }

    @Override
    public boolean deleteIfUnchanged(Lease expected) throws LeaseStoreException {
        if (failing) {
            throw new LeaseStoreException("disk full");
        }
        if (!leases.remove(expected.key(), expected)) {
            return false;
        }
        record("delete " + expected.key());
        return true;
    }

    @Override
    public Collection<Lease> all() {
        return List.copyOf(leases.values());
    }

    @Override
    public List<Lease> findExpired(LeaseFamily family, Instant cutoff, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be positive");
        }
        return leases.values().stream().filter(l -> l.family() == family && !l.expires().isAfter(cutoff))
            .sorted(Lease.BY_EXPIRY).limit(limit).toList();
    }

    @Override
    public void close() {
    }

    public void record(String event) {
        synchronized (events) {
            events.add(event);
        }
    }
}
