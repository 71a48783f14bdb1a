package org.takahe.dhcp.alloc;

import org.takahe.lease.Lease;

/**
 * The hook points inside allocation (lease4-select, lease4-renew, lease4-release, lease4-expire and their DHCPv6
 * counterparts), as allocation sees them: yes-or-no questions asked just before a lease is offered, stored, extended
 * or removed. The exchange layer answers them through the configured hook libraries; {@link #none()} answers yes to
 * everything.
 *
 * @param <L> the family's lease record
 */
public interface LeaseCallouts<L extends Lease> {

    /** Allows everything and hears nothing; {@link #none()} hands it out typed for a family. */
    LeaseCallouts<Lease> NONE = new LeaseCallouts<>() {
    };

    /** Callouts that allow everything and hear nothing; they never look at a lease, so one serves every family. */
    @SuppressWarnings("unchecked")
    static <L extends Lease> LeaseCallouts<L> none() {
        return (LeaseCallouts<L>) (LeaseCallouts<?>) NONE;
    }

    /** May this newly chosen lease be offered ({@code offerOnly}) or stored? */
    default boolean select(L lease, boolean offerOnly) {
        return true;
    }

    /** May the client's lease be extended to this one? If not, it is answered with its lease as stored. */
    default boolean renew(L renewed) {
        return true;
    }

    /** May this lease be removed on the client's release? If not, it stays until it expires. */
    default boolean release(L lease) {
        return true;
    }

    /** This expired lease of another client is reclaimed here: its address goes to a new lease. */
    default void expire(L expired) {
    }
}
