package org.takahe.dhcp.alloc;

import org.takahe.lease.Lease4;

/**
 * The hook points inside allocation (lease4-select, lease4-renew, lease4-release, lease4-expire), as allocation sees
 * them: yes-or-no questions asked just before a lease is offered, stored, extended or removed. The exchange layer
 * answers them through the configured hook libraries; {@link #NONE} answers yes to everything.
 */
public interface LeaseCallouts {
    LeaseCallouts NONE = new LeaseCallouts() {
    };

    /** May this newly chosen lease be offered ({@code offerOnly}) or stored? */
    default boolean select(Lease4 lease, boolean offerOnly) {
        return true;
    }

    /** May the client's lease be extended to this one? If not, it is answered with its lease as stored. */
    default boolean renew(Lease4 renewed) {
        return true;
    }

    /** May this lease be removed on the client's DHCPRELEASE? If not, it stays until it expires. */
    default boolean release(Lease4 lease) {
        return true;
    }

    /** This expired lease of another client is reclaimed here: its address goes to a new lease. */
    default void expire(Lease4 expired) {
    }
}
