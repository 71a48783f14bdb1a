package org.takahe.dhcp.exchange;

import java.net.Inet4Address;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.takahe.dhcp.DhcpMessages;
import org.takahe.dhcp.alloc.AllocationEngine;
import org.takahe.dhcp.wire.DropReason;
import org.takahe.dhcp.wire.MessageType;

/**
 * Ignores messages addressed to another server by option 54: a REQUEST that selects another server's
 * offer (RFC 2131 §4.3.2), or a RELEASE/DECLINE meant for it. Such a REQUEST also tells this server that
 * its own offer was declined, so the address offered is freed at once rather than when the offer lapses.
 */
final class ServerIdentityHandler implements Handler4 {
    private static final Logger LOG = LoggerFactory.getLogger(ServerIdentityHandler.class);

    private final AllocationEngine allocation;

    ServerIdentityHandler(AllocationEngine allocation) {
        this.allocation = allocation;
    }

    @Override
    public Step handle(Request4 request, Reply4.Builder reply) {
        Optional<Inet4Address> named = request.message().options().serverIdentifier();
        if (named.isEmpty() || named.equals(request.serverIdentifier())) {
            return Step.CONTINUE;
        }
        if (request.type() == MessageType.REQUEST && allocation.withdrawOffer(request.client())) {
            DhcpMessages.DHCP4_OFFER_WITHDRAWN.log(LOG, request.client());
        }
        return Step.drop(DropReason.NOT_FOR_THIS_SERVER, "server identifier " + named.get().getHostAddress()
            + " is not ours (" + request.serverIdentifier().map(Inet4Address::getHostAddress).orElse("none") + ")");
    }
}
