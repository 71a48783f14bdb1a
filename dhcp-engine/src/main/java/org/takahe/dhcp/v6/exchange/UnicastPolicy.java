package org.takahe.dhcp.v6.exchange;

import java.util.Set;
import org.takahe.dhcp.v6.Dhcp6DropReason;
import org.takahe.dhcp.wire.v6.MessageType6;
import org.takahe.dhcp.wire.v6.StatusCode;

/**
 * Where a client may send what. RFC 8415 §16: SOLICIT, CONFIRM, REBIND and INFORMATION-REQUEST go to ff02::1:2 only,
 * so one received by unicast, to whatever address, is discarded unanswered. §18.4: REQUEST, RENEW, RELEASE and
 * DECLINE may be unicast only to an address the server offered for it (here: one of the configured unicast
 * addresses); sent to another, they are discarded and answered with a REPLY that holds only the identifiers and
 * UseMulticast, so the client retries by multicast. Relayed messages reach the server by whatever address the relay
 * was given, and are not the client's unicast.
 */
public final class UnicastPolicy implements Handler6 {
    private static final Set<MessageType6> MULTICAST_ONLY = Set.of(MessageType6.SOLICIT, MessageType6.CONFIRM,
        MessageType6.REBIND, MessageType6.INFORMATION_REQUEST);
    private static final Set<MessageType6> MULTICAST_UNLESS_INVITED = Set.of(MessageType6.REQUEST,
        MessageType6.RENEW, MessageType6.RELEASE, MessageType6.DECLINE);

    @Override
    public Step6 handle(Request6 request, Reply6.Builder reply) {
        Arrival.Delivery delivery = request.arrival().delivery();
        if (request.isRelayed() || delivery == Arrival.Delivery.MULTICAST) {
            return Step6.CONTINUE;
        }
        if (MULTICAST_ONLY.contains(request.type())) {
            return Step6.drop(Dhcp6DropReason.UNICAST_FORBIDDEN, EventReporter.name(request.type())
                + " sent by unicast, not to ff02::1:2");
        }
        if (delivery == Arrival.Delivery.UNICAST_UNCONFIGURED && MULTICAST_UNLESS_INVITED.contains(request.type())) {
            reply.type(MessageType6.REPLY)
                .status(StatusCode.USE_MULTICAST, "send " + request.type() + " to ff02::1:2, not by unicast")
                .bare(Dhcp6DropReason.UNICAST_NOT_INVITED);
            return Step6.REPLY;
        }
        return Step6.CONTINUE;
    }
}
