package org.takahe.lease;

import java.net.Inet4Address;
import java.util.Collection;
import java.util.Optional;

/**
 * Where leases live. Reads are answered from memory; {@link #commit} and {@link #delete} return
 * only when the change is durable, so a caller may answer a client after they return and not before.
 * Implementations are safe for concurrent use.
 */
public interface LeaseStore extends AutoCloseable {

    Optional<Lease4> findByAddress(Inet4Address address);

    /** The client's lease, matched by client id when given, else by hardware address. */
    Optional<Lease4> findByClient(String hardwareAddress, Optional<String> clientId);

    /** Adds or replaces the lease for its address; durable on return. */
    void commit(Lease4 lease) throws LeaseStoreException;

    /** Removes the lease on this address, if any; durable on return. */
    void delete(Inet4Address address) throws LeaseStoreException;

    /** All leases, expired ones included, in no particular order. */
    Collection<Lease4> all();

    @Override
    void close() throws LeaseStoreException;
}
