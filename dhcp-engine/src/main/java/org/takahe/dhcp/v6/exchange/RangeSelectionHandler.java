package org.takahe.dhcp.v6.exchange;

import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.takahe.dhcp.v6.Dhcp6DropReason;
import org.takahe.dhcp.v6.Dhcp6Messages;
import org.takahe.dhcp.wire.v6.MessageType6;

/**
 * Puts the client's range in the reply builder. SOLICIT, REQUEST, CONFIRM and REBIND mean nothing without a link
 * the server knows (a CONFIRM must then go unanswered, RFC 8415 §18.3.3), so they are discarded without one; RENEW,
 * RELEASE and DECLINE are answered from the client's bindings, and INFORMATION-REQUEST from the server's options.
 */
public final class RangeSelectionHandler implements Handler6 {
    private static final Logger LOG = LoggerFactory.getLogger(RangeSelectionHandler.class);
    private static final Set<MessageType6> NEED_A_LINK = Set.of(MessageType6.SOLICIT, MessageType6.REQUEST,
        MessageType6.CONFIRM, MessageType6.REBIND);

    private final RangeSelection selection;

    public RangeSelectionHandler(RangeSelection selection) {
        this.selection = selection;
    }

    @Override
    public Step6 handle(Request6 request, Reply6.Builder reply) {
        var selected = selection.select(request);
        if (selected.isPresent()) {
            reply.range(selected.get().range());
            Dhcp6Messages.DHCP6_RANGE_SELECTED.log(LOG, request.xid(), selected.get().range().id(),
                selected.get().by());
            return Step6.CONTINUE;
        }
        if (NEED_A_LINK.contains(request.type())) {
            return Step6.drop(Dhcp6DropReason.NO_RANGE, "no allocation range for "
                + (request.isRelayed() ? "the relay's link-address" : "interface "
                    + request.arrival().interfaceName().orElse("(unknown)")));
        }
        return Step6.CONTINUE;
    }
}
