package org.takahe.dhcp.alloc;

import java.util.List;
import java.util.Optional;
import org.takahe.lease.Lease;
import org.takahe.lease.LeaseStore;

/**
 * Who asks the allocator for a lease, as allocation tells its leases from everyone else's: a DHCPv4 client
 * ({@link ClientKey}) or one identity association of a DHCPv6 client ({@link IaKey}). Claims and offers are kept
 * under it, so implementations are values (equal when they stand for the same client).
 *
 * @param <L> the leases such a client holds
 */
public sealed interface Client<L extends Lease> permits ClientKey, IaKey {

    /**
     * Whether the lease is this client's: of its family, held under its identity, and not the placeholder of a
     * declined address (which is nobody's).
     */
    boolean owns(Lease lease);

    /** The lease as this client's, typed, when {@link #owns} it. */
    Optional<L> own(Lease lease);

    /** The leases the client holds now, in any subnet, expired or not; the one it most likely uses first. */
    List<L> leasesIn(LeaseStore store);

    /** The identities an offer to this client may have been claimed under; withdrawing an offer looks under each. */
    default List<Client<L>> offerIdentities() {
        return List.of(this);
    }
}
