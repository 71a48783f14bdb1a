package org.takahe.dhcp;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.takahe.lease.Lease;
import org.takahe.lease.LeaseFamily;
import org.takahe.lease.LeaseKey;
import org.takahe.lease.LeaseStore;
import org.takahe.lease.LeaseStoreException;
import org.takahe.lease.OwnerKey;

/**
 * An engine's view of the lease store: the store itself, plus a call to {@code changed} after every write made
 * through it, so background work (pool utilization) looks at the leases when they change instead of polling them.
 * The call must be cheap: it runs on the worker that wrote. Closing stays the store owner's business.
 */
public final class ChangeNotifyingLeaseStore implements LeaseStore {
    private final LeaseStore store;
    private final Runnable changed;

    /** @param changed told after each write, e.g. {@link LeaseLifecycle#leasesChanged} */
    public ChangeNotifyingLeaseStore(LeaseStore store, Runnable changed) {
        this.store = store;
        this.changed = changed;
    }

    @Override
    public Optional<Lease> find(LeaseKey key) {
        return store.find(key);
    }

    @Override
    public List<Lease> findByOwner(OwnerKey owner) {
        return store.findByOwner(owner);
    }

    @Override
    public void commit(Lease lease) throws LeaseStoreException {
        store.commit(lease);
        changed.run();
    }

    @Override
    public void delete(LeaseKey key) throws LeaseStoreException {
        store.delete(key);
        changed.run();
    }

    @Override
    public boolean deleteIfUnchanged(Lease expected) throws LeaseStoreException {
        boolean deleted = store.deleteIfUnchanged(expected);
        if (deleted) {
            changed.run();
        }
        return deleted;
    }

    @Override
    public Collection<Lease> all() {
        return store.all();
    }

    @Override
    public List<Lease> findExpired(LeaseFamily family, Instant cutoff, int limit) {
        return store.findExpired(family, cutoff, limit);
    }

    /** The engine does not own the store; its owner closes it. */
    @Override
    public void close() {
    }
}
