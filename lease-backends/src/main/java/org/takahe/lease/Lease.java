package org.takahe.lease;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A lease as every part of the server that does not care about the family sees it: what it is on ({@link #key()}),
 * who holds it ({@link #owners()}) and for how long. Reclamation, allocation and the stores work on this; only the
 * wire formats and the NETCONF state look at {@link Lease4} or {@link Lease6} themselves.
 */
public sealed interface Lease permits Lease4, Lease6 {

    /** Earliest expiry first, ties by key: the order {@link LeaseStore#findExpired} returns leases in. */
    Comparator<Lease> BY_EXPIRY = Comparator.comparing(Lease::expires).thenComparing(Lease::key);

    /** The address or prefix, as the store knows it. */
    LeaseKey key();

    /** The id of the subnet (allocation range) the address or prefix belongs to. */
    String subnetId();

    /** When the lease was first granted. */
    Instant allocated();

    /** When it was last granted or renewed. */
    Instant renewed();

    /** When it ends unless renewed (for DHCPv6, the end of the valid lifetime). */
    Instant expires();

    /** The host name the client gave or was given, if any. */
    Optional<String> hostname();

    default boolean isExpiredAt(Instant now) {
        return !expires().isAfter(now);
    }

    default LeaseFamily family() {
        return key().type().family();
    }

    /**
     * Whether this is the placeholder that keeps a declined address (or prefix) out of use until its probation
     * ends, rather than a client's lease; nobody owns it.
     */
    boolean isDeclined();

    /** The keys a store finds this lease by in {@link LeaseStore#findByOwner}. */
    List<OwnerKey> owners();

    /** The placeholder that keeps this lease's address from {@code now} until {@code until} after a decline. */
    Lease declinedAt(Instant now, Instant until);

    /** The holder as log messages name it: "52:54:00:12:34:56", "client-id 01aa...", "DUID 0001... IAID 7". */
    String client();
}
