package org.takahe.lease;

import java.net.Inet4Address;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Where leases of both families live. {@link #commit} and {@link #delete} return only when the change is durable, so
 * a caller may answer a client after they return and not before. The file store answers reads from memory; a
 * database back end that cannot read throws {@link LeaseStoreReadException}. Implementations are safe for concurrent
 * use.
 *
 * <p>The abstract methods are the whole SPI; the default ones are conveniences built on it (the IPv4 ones keep the
 * DHCPv4 engine's lookups short).
 */
public interface LeaseStore extends AutoCloseable {

    /** The lease on this address or prefix, expired or not. */
    Optional<Lease> find(LeaseKey key);

    /** Every lease listed under this owner ({@link Lease#owners()}), expired or not, in no particular order. */
    List<Lease> findByOwner(OwnerKey owner);

    /** Adds or replaces the lease on its key; durable on return. */
    void commit(Lease lease) throws LeaseStoreException;

    /** Removes the lease on this key, if any; durable on return. */
    void delete(LeaseKey key) throws LeaseStoreException;

    /**
     * Removes the lease on {@code expected}'s key only if the store still holds exactly {@code expected} there;
     * durable on return. Lets background work remove a lease it read earlier without removing a renewal or a new
     * lease committed meanwhile.
     *
     * @return whether the lease was removed
     */
    boolean deleteIfUnchanged(Lease expected) throws LeaseStoreException;

    /** All leases of both families, expired ones included, in no particular order. */
    Collection<Lease> all();

    /**
     * Leases of this family whose expiry is at or before {@code cutoff}, in {@link Lease#BY_EXPIRY} order, at most
     * {@code limit} of them: what background reclamation works through in bounded batches.
     *
     * @throws IllegalArgumentException if {@code limit} is not positive
     */
    List<Lease> findExpired(LeaseFamily family, Instant cutoff, int limit);

    @Override
    void close() throws LeaseStoreException;

    /** As {@link #findExpired(LeaseFamily, Instant, int)}, across both families. */
    default List<Lease> findExpired(Instant cutoff, int limit) {
        List<Lease> both = new ArrayList<>(findExpired(LeaseFamily.V4, cutoff, limit));
        both.addAll(findExpired(LeaseFamily.V6, cutoff, limit));
        both.sort(Lease.BY_EXPIRY);
        return both.size() > limit ? List.copyOf(both.subList(0, limit)) : both;
    }

    /** All leases of one record type (e.g. {@code Lease4.class}), expired ones included. */
    default <L extends Lease> List<L> all(Class<L> type) {
        return all().stream().filter(type::isInstance).map(type::cast).toList();
    }

    /** The placeholders of this family's declined addresses and prefixes, whether their probation has ended or not. */
    default List<Lease> findDeclined(LeaseFamily family) {
        return findByOwner(family.declinedOwner()).stream().filter(Lease::isDeclined).toList();
    }

    default Optional<Lease4> findByAddress(Inet4Address address) {
        return find(LeaseKey.v4(address)).map(Lease4.class::cast);
    }

    /**
     * The DHCPv4 client's lease, matched by client id when given, else by hardware address; among several, the one
     * granted or renewed last (the one it is most likely using).
     */
    default Optional<Lease4> findByClient(String hardwareAddress, Optional<String> clientId) {
        OwnerKey owner = clientId.isPresent() ? new OwnerKey.ClientId(clientId.get())
            : new OwnerKey.HardwareAddress(hardwareAddress);
        return findByOwner(owner).stream().map(Lease4.class::cast)
            .max(Comparator.comparing(Lease4::renewed).thenComparing(Lease4::key, Comparator.reverseOrder()));
    }

    /** Every IPv4 lease recorded under this hardware address, in any subnet, expired or not, in no particular order. */
    default List<Lease4> findAllByHardwareAddress(String hardwareAddress) {
        return findByOwner(new OwnerKey.HardwareAddress(hardwareAddress)).stream().map(Lease4.class::cast).toList();
    }

    /** Removes the lease on this IPv4 address, if any; durable on return. */
    default void delete(Inet4Address address) throws LeaseStoreException {
        delete(LeaseKey.v4(address));
    }
}
