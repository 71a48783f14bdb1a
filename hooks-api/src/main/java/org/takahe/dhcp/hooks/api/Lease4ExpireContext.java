package org.takahe.dhcp.hooks.api;

/** What a {@link HookPoint#LEASE4_EXPIRE} callout sees: the expired lease being reclaimed. */
public interface Lease4ExpireContext {

    LeaseInfo lease();
}
