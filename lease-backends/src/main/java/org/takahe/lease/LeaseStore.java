package org.takahe.lease;

import java.net.Inet4Address;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Where leases live. {@link #commit} and {@link #delete} return only when the change is durable, so a caller may
 * answer a client after they return and not before. The file store answers reads from memory; a database back end
 * that cannot read throws {@link LeaseStoreReadException}. Implementations are safe for concurrent use.
 */
public interface LeaseStore extends AutoCloseable {

    Optional<Lease4> findByAddress(Inet4Address address);

    /** The client's lease, matched by client id when given, else by hardware address. */
    Optional<Lease4> findByClient(String hardwareAddress, Optional<String> clientId);

    /** Adds or replaces the lease for its address; durable on return. */
    void commit(Lease4 lease) throws LeaseStoreException;

    /** Removes the lease on this address, if any; durable on return. */
    void delete(Inet4Address address) throws LeaseStoreException;

    /**
     * Removes the lease on {@code expected}'s address only if the store still holds exactly {@code expected}
     * there; durable on return. Lets background work remove a lease it read earlier without removing a renewal
     * or a new lease committed meanwhile.
     *
     * @return whether the lease was removed
     */
    boolean deleteIfUnchanged(Lease4 expected) throws LeaseStoreException;

    /** All leases, expired ones included, in no particular order. */
    Collection<Lease4> all();

    /**
     * Leases whose expiry is at or before {@code cutoff}, earliest expiry first (ties by address), at most
     * {@code limit} of them: what background reclamation works through in bounded batches.
     *
     * @throws IllegalArgumentException if {@code limit} is not positive
     */
    List<Lease4> findExpired(Instant cutoff, int limit);

    /** Every lease recorded under this hardware address, in any subnet, expired or not, in no particular order. */
    List<Lease4> findAllByHardwareAddress(String hardwareAddress);

    @Override
    void close() throws LeaseStoreException;
}
