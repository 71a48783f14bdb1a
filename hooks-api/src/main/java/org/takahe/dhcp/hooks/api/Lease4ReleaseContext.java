package org.takahe.dhcp.hooks.api;

/** What a {@link HookPoint#LEASE4_RELEASE} callout sees: the DHCPRELEASE and the lease it would remove. */
public interface Lease4ReleaseContext {

    Packet4 query();

    LeaseInfo lease();
}
