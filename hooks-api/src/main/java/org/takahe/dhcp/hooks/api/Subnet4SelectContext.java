package org.takahe.dhcp.hooks.api;

import java.util.List;

/**
 * What a {@link HookPoint#SUBNET4_SELECT} callout sees, and the one change it may make: choosing another subnet.
 * A later callout at the same point sees the choice of an earlier one.
 */
public interface Subnet4SelectContext {

    Packet4 query();

    String interfaceName();

    /** The subnet chosen so far: by the server, or by an earlier callout. */
    SubnetInfo subnet();

    /** Every configured subnet, in configuration order; the ones {@link #selectSubnet} accepts. */
    List<SubnetInfo> candidates();

    /**
     * Serves the client from this subnet instead.
     *
     * @throws IllegalArgumentException if no candidate has this id
     * @throws IllegalStateException if the point is over (the callout ran past its timeout)
     */
    void selectSubnet(String subnetId);
}
