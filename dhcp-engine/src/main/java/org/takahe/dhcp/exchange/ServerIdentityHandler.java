package org.takahe.dhcp.exchange;

import java.net.Inet4Address;
import java.util.Optional;
import org.takahe.dhcp.wire.DropReason;

/**
 * Ignores messages addressed to another server by option 54: a REQUEST that selects another server's
 * offer (RFC 2131 §4.3.2), or a RELEASE/DECLINE meant for it.
 */
final class ServerIdentityHandler implements Handler4 {

    @Override
    public Step handle(Request4 request, Reply4.Builder reply) {
        Optional<Inet4Address> named = request.message().options().serverIdentifier();
        if (named.isEmpty() || named.equals(request.serverIdentifier())) {
            return Step.CONTINUE;
        }
        return Step.drop(DropReason.NOT_FOR_THIS_SERVER, "server identifier " + named.get().getHostAddress()
            + " is not ours (" + request.serverIdentifier().map(Inet4Address::getHostAddress).orElse("none") + ")");
    }
}
