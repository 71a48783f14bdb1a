package org.takahe.dhcp.alloc;

import java.time.Instant;
import org.takahe.lease.Lease;
import org.takahe.lease.LeaseKey;

/**
 * Builds the lease a request gets once the allocator has chosen its address or prefix: what differs between the
 * families (who holds it, which lifetimes) stays with the caller.
 *
 * @param <L> the lease record built
 */
@FunctionalInterface
public interface LeaseFactory<L extends Lease> {

    /**
     * @param candidate the chosen address or prefix
     * @param allocated when the client was first given it (now, unless it already held it)
     * @param now the time of the grant, from which lifetimes run
     */
    L lease(LeaseKey candidate, Instant allocated, Instant now);
}
