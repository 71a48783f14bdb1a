package org.takahe.dhcp.hooks.api;

/**
 * The named points of DHCPv4 processing where callouts run, in the order a packet meets them, with the meaning of
 * each verdict there (after Kea's hook points of the same names).
 */
public enum HookPoint {
    /**
     * A request has been decoded and passed the basic checks (a BOOTREQUEST with a message type and the address
     * its type needs); nothing else has been decided. SKIP or DROP: the packet is dropped.
     */
    PKT4_RECEIVE("pkt4-receive", Pkt4ReceiveContext.class),
    /**
     * A subnet has been selected for the client; the callout may choose another among the candidates with
     * {@link Subnet4SelectContext#selectSubnet}. SKIP: no subnet is used, so the client gets no answer.
     * DROP: the packet is dropped.
     */
    SUBNET4_SELECT("subnet4-select", Subnet4SelectContext.class),
    /**
     * An address has been chosen for a client that does not hold it yet: for a DISCOVER before the OFFER (nothing
     * is stored, {@link Lease4SelectContext#offerOnly()} is true), for a REQUEST before the lease is made durable.
     * SKIP: the lease is refused (no OFFER; a REQUEST is answered with DHCPNAK). DROP: the packet is dropped and
     * nothing is stored.
     */
    LEASE4_SELECT("lease4-select", Lease4SelectContext.class),
    /**
     * A client asks to extend a lease it holds (a REQUEST for its own address), before the extension is stored.
     * SKIP: the lease is not extended; the client is acknowledged with the lease as stored. DROP: the packet is
     * dropped and the lease is left as it was.
     */
    LEASE4_RENEW("lease4-renew", Lease4RenewContext.class),
    /**
     * A client releases a lease it holds, before the lease is removed. SKIP: the lease is kept until it expires.
     * DROP: the same, and the packet counts as dropped.
     */
    LEASE4_RELEASE("lease4-release", Lease4ReleaseContext.class),
    /**
     * An expired lease is being reclaimed: by the background reclamation, once it has removed the lease, or when its
     * address is leased to another client first, just before the new lease is stored. SKIP: the library has
     * reclaimed the lease itself, so the server does no reclamation work of its own; removal or reuse of the address
     * goes on regardless. DROP is not supported (acts as CONTINUE): there is no packet of this lease's client to drop.
     */
    LEASE4_EXPIRE("lease4-expire", Lease4ExpireContext.class),
    /**
     * The response is complete and about to be encoded; the callout may add, replace or remove options with
     * {@link Pkt4SendContext#setOption} and {@link Pkt4SendContext#removeOption}. SKIP or DROP: the response is
     * not sent (what the exchange stored, such as a committed lease, stays).
     */
    PKT4_SEND("pkt4-send", Pkt4SendContext.class);

    private final String hookName;
    private final Class<?> contextType;

    HookPoint(String hookName, Class<?> contextType) {
        this.hookName = hookName;
        this.contextType = contextType;
    }

    /** The name used in documentation and logs, e.g. "pkt4-receive". */
    public String hookName() {
        return hookName;
    }

    /** The context interface callouts at this point are given. */
    public Class<?> contextType() {
        return contextType;
    }

    @Override
    public String toString() {
        return hookName;
    }
}
