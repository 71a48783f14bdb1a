package org.takahe.dhcp.alloc;

import java.util.List;
import java.util.Map;
import org.takahe.lease.LeaseKey;
import org.takahe.lease.LeaseType;

/**
 * Where the allocator looks for a lease: one subnet's pools of one lease type (a DHCPv4 subnet, or the address or the
 * prefix pools of a DHCPv6 allocation range). The engine keeps its claims and its pool cursor per scope, so a scope
 * is a value: equal scopes share that state, and a configuration change that alters a scope starts it afresh.
 * {@link #ranges()} and {@link #reservations()} are read once per scope and may build what they return.
 */
public interface AllocationScope {

    /** The subnet (allocation range) id recorded with its leases. */
    String subnetId();

    /** What the scope leases. */
    LeaseType type();

    /** How messages name the scope, e.g. "subnet lan" or "range lab". */
    String name();

    /** The name with its prefix, e.g. "subnet lan 198.18.0.0/24". */
    String describe();

    /** Whether the address or prefix belongs to this scope at all (a commit of one that does not is refused). */
    boolean onLink(LeaseKey key);

    /** The pools, in the order their candidates are tried. */
    List<CandidateRange> ranges();

    /**
     * Who each reserved candidate is kept for: a holder a request names in {@link AllocationRequest#reservation()}
     * (compared with {@code equals}). A candidate reserved for a holder no request can name is out of dynamic use.
     */
    Map<LeaseKey, ?> reservations();
}
