package org.takahe.dhcp.testing;

import java.net.Inet4Address;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.takahe.lease.Lease4;
import org.takahe.lease.LeaseStore;
import org.takahe.lease.LeaseStoreException;

/** An in-memory LeaseStore that records what happened, in order, into a shared event log. */
public final class FakeLeaseStore implements LeaseStore {
    private final Map<Inet4Address, Lease4> leases = new ConcurrentHashMap<>();
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
    public Optional<Lease4> findByAddress(Inet4Address address) {
        return Optional.ofNullable(leases.get(address));
    }

    @Override
    public Optional<Lease4> findByClient(String hardwareAddress, Optional<String> clientId) {
        return leases.values().stream()
            .filter(l -> clientId.isPresent() && l.clientId().isPresent()
                ? clientId.equals(l.clientId()) : hardwareAddress.equals(l.hardwareAddress()))
            .findFirst();
    }

    @Override
    public void commit(Lease4 lease) throws LeaseStoreException {
        if (failing) {
            throw new LeaseStoreException("disk full");
        }
        leases.put(lease.address(), lease);
        record("commit " + lease.address().getHostAddress());
    }

    @Override
    public void delete(Inet4Address address) throws LeaseStoreException {
        if (failing) {
            throw new LeaseStoreException("disk full");
        }
        leases.remove(address);
        record("delete " + address.getHostAddress());
    }

    @Override
    public boolean deleteIfUnchanged(Lease4 expected) throws LeaseStoreException {
        if (failing) {
            throw new LeaseStoreException("disk full");
        }
        if (!leases.remove(expected.address(), expected)) {
            return false;
        }
        record("delete " + expected.address().getHostAddress());
        return true;
    }

    @Override
    public Collection<Lease4> all() {
        return List.copyOf(leases.values());
    }

    @Override
    public List<Lease4> findExpired(Instant cutoff, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be positive");
        }
        return leases.values().stream().filter(l -> !l.expires().isAfter(cutoff))
            .sorted(Comparator.comparing(Lease4::expires)
                .thenComparing(l -> l.address().getAddress(), Arrays::compareUnsigned))
            .limit(limit).toList();
    }

    @Override
    public List<Lease4> findAllByHardwareAddress(String hardwareAddress) {
        return leases.values().stream().filter(l -> l.hardwareAddress().equals(hardwareAddress)).toList();
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
