package org.takahe.dhcp.hooks.api;

/** What a {@link HookPoint#LEASE4_SELECT} callout sees: the lease about to be offered or committed. */
public interface Lease4SelectContext {

    Packet4 query();

    SubnetInfo subnet();

    /** The lease the server would grant. */
    LeaseInfo lease();

    /** True for a DISCOVER (the lease is only offered, nothing is stored), false for a REQUEST. */
    boolean offerOnly();
}
