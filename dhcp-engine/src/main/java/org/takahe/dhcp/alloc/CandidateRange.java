package org.takahe.dhcp.alloc;

import org.takahe.dhcp.classify.ClientClasses;
import org.takahe.lease.LeaseKey;
import org.takahe.lease.LeaseType;

/**
 * A pool as allocation walks it: candidates numbered from 0, each an address or prefix. A DHCPv6 pool may hold 2^64
 * candidates or more, so candidates are computed from their index, never listed; {@link #size()} saturates at
 * {@link Long#MAX_VALUE}, and candidates past that are never offered.
 */
public interface CandidateRange {

    /** The pool's id, unique in its subnet or range. */
    String id();

    /** What its candidates are. */
    LeaseType type();

    /** How many candidates it holds, at most {@link Long#MAX_VALUE}. */
    long size();

    /** The candidate at this index, {@code 0 <= index < size()}. */
    LeaseKey candidate(long index);

    /** The index of the key in this range, or -1 if it is not one of its candidates. */
    long indexOf(LeaseKey key);

    default boolean contains(LeaseKey key) {
        return indexOf(key) >= 0;
    }

    /** Whether a client of these classes may be given candidates from this range. */
    boolean admits(ClientClasses classes);

    /** The range's max-address-utilization (or max-pd-space-utilization) in percent; 0 watches nothing. */
    int utilizationThreshold();
}
