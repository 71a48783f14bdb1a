package org.takahe.dhcp.hooks.api;

/** What a {@link HookPoint#LEASE4_RENEW} callout sees: the client's lease as it would be after the renewal. */
public interface Lease4RenewContext {

    Packet4 query();

    SubnetInfo subnet();

    /** The extended lease the server would store. */
    LeaseInfo lease();
}
