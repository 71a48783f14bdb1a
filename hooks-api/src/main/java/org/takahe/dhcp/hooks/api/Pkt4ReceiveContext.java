package org.takahe.dhcp.hooks.api;

/** What a {@link HookPoint#PKT4_RECEIVE} callout sees: the request and where it arrived. */
public interface Pkt4ReceiveContext {

    Packet4 query();

    /** The operating system name of the interface the request arrived on. */
    String interfaceName();
}
