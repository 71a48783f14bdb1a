package org.takahe.dhcp.v6.exchange;

import org.takahe.dhcp.wire.v6.MessageType6;

/**
 * INFORMATION-REQUEST (RFC 8415 §18.3.6): a REPLY with configuration options only (the options handler adds them,
 * with the information refresh time); no IA, no lease.
 */
public final class InformationRequestHandler implements Handler6 {

    @Override
    public Step6 handle(Request6 request, Reply6.Builder reply) {
        reply.type(MessageType6.REPLY);
        return Step6.CONTINUE;
    }
}
