package org.takahe.dhcp.v6.exchange;

import java.util.List;
import org.takahe.dhcp.config.v6.Range6;
import org.takahe.dhcp.v6.Dhcp6DropReason;
import org.takahe.dhcp.wire.v6.MessageType6;
import org.takahe.dhcp.wire.v6.StatusCode;
import org.takahe.lease.LeaseKey;
import org.takahe.lease.LeaseType;

/**
 * CONFIRM (RFC 8415 §18.3.3): whether the client's addresses suit the link it is on now, judged by the range's
 * prefix: Success when every one does, NotOnLink when any does not. A CONFIRM without addresses, or from a link
 * the server knows nothing about (no range, see {@link RangeSelectionHandler}), must go unanswered.
 */
public final class ConfirmHandler implements Handler6 {

    @Override
    public Step6 handle(Request6 request, Reply6.Builder reply) {
        Range6 range = reply.range().orElseThrow();
        List<LeaseKey> addresses = IaRequest.all(request.message().options()).stream()
            .filter(ia -> ia.type() == LeaseType.NA).flatMap(ia -> ia.listed().stream()).toList();
        if (addresses.isEmpty()) {
            return Step6.drop(Dhcp6DropReason.NOTHING_TO_CONFIRM, "CONFIRM without addresses");
        }
        List<LeaseKey> offLink = addresses.stream().filter(k -> !range.prefix().contains(k.high(), k.low())).toList();
        reply.type(MessageType6.REPLY);
        if (offLink.isEmpty()) {
            reply.status(StatusCode.SUCCESS, "all addresses are on link");
        } else {
            reply.status(StatusCode.NOT_ON_LINK, offLink.getFirst() + " is not on " + range.prefix());
        }
        return Step6.REPLY;
    }
}
