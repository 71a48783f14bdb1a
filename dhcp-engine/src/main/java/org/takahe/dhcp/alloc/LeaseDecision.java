package org.takahe.dhcp.alloc;

import org.takahe.lease.Lease4;

/** The allocator's answer to an {@link AllocationRequest}. */
public sealed interface LeaseDecision {

    /** A tentative lease: not stored, the address held back from others for a short while. */
    record Offered(Lease4 lease) implements LeaseDecision {
    }

    /** The lease is durable in the store; only now may the client be told. */
    record Committed(Lease4 lease) implements LeaseDecision {
    }

    /** The requested address cannot be given to this client (a REQUEST is answered with NAK). */
    record Refused(String reason) implements LeaseDecision {
    }

    /** No free address in the subnet's pools. */
    record Exhausted(String detail) implements LeaseDecision {
    }

    /** The store could not make the lease durable; the client must not be told it has it. */
    record StoreFailed(String detail) implements LeaseDecision {
    }
}
