package org.takahe.dhcp.alloc;

import java.util.List;
import org.takahe.lease.Lease;

/**
 * The allocator's answer to an {@link AllocationRequest}.
 *
 * @param <L> the family's lease record
 */
public sealed interface LeaseDecision<L extends Lease> {

    /** A tentative lease: not stored, the address held back from others for a short while. */
    record Offered<L extends Lease>(L lease) implements LeaseDecision<L> {
    }

    /**
     * The lease is durable in the store; only now may the client be told.
     *
     * @param replaced the client's other leases the commit removed (it moved to another address or prefix), which a
     *     DHCPv6 reply lists with zero lifetimes
     */
    record Committed<L extends Lease>(L lease, List<L> replaced) implements LeaseDecision<L> {
        public Committed {
            replaced = List.copyOf(replaced);
        }

        public Committed(L lease) {
            this(lease, List.of());
        }
    }

    /** The requested address cannot be given to this client (a DHCPv4 REQUEST is answered with NAK). */
    record Refused<L extends Lease>(String reason) implements LeaseDecision<L> {
    }

    /** No free address or prefix in the scope's pools. */
    record Exhausted<L extends Lease>(String detail) implements LeaseDecision<L> {
    }

    /** The store could not make the lease durable; the client must not be told it has it. */
    record StoreFailed<L extends Lease>(String detail) implements LeaseDecision<L> {
    }
}
