package org.takahe.dhcp;

import java.net.Inet4Address;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.takahe.lease.Lease4;
import org.takahe.lease.LeaseStore;
import org.takahe.lease.LeaseStoreException;

/**
 * The engine's view of the lease store: the store itself, plus a call to {@code changed} after every write, so
 * background work (pool utilization) looks at the leases when they change instead of polling them. The call
 * must be cheap: it runs on the worker that wrote. Closing stays the store owner's business.
 */
final class ChangeNotifyingLeaseStore implements LeaseStore {
    private final LeaseStore store;
    private final Runnable changed;

    ChangeNotifyingLeaseStore(LeaseStore store, Runnable changed) {
        this.store = store;
        this.changed = changed;
    }

    @Override
    public Optional<Lease4> findByAddress(Inet4Address address) {
        return store.findByAddress(address);
    }

    @Override
    public Optional<Lease4> findByClient(String hardwareAddress, Optional<String> clientId) {
        return store.findByClient(hardwareAddress, clientId);
    }

    @Override
    public void commit(Lease4 lease) throws LeaseStoreException {
        store.commit(lease);
        changed.run();
    }

    @Override
    public void delete(Inet4Address address) throws LeaseStoreException {
        store.delete(address);
        changed.run();
    }

    @Override
    public boolean deleteIfUnchanged(Lease4 expected) throws LeaseStoreException {
        boolean deleted = store.deleteIfUnchanged(expected);
        if (deleted) {
            changed.run();
        }
        return deleted;
    }

    @Override
    public Collection<Lease4> all() {
        return store.all();
    }

    @Override
    public List<Lease4> findExpired(Instant cutoff, int limit) {
        return store.findExpired(cutoff, limit);
    }

    @Override
    public List<Lease4> findAllByHardwareAddress(String hardwareAddress) {
        return store.findAllByHardwareAddress(hardwareAddress);
    }

    /** The engine does not own the store; its owner closes it. */
    @Override
    public void close() {
    }
}
