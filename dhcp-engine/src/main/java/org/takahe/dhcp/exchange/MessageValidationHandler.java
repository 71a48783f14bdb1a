package org.takahe.dhcp.exchange;

import org.takahe.dhcp.wire.Dhcp4Message;
import org.takahe.dhcp.wire.DropReason;
import org.takahe.dhcp.wire.Ipv4Bytes;

/**
 * Drops server-to-client types and requests lacking the address their type needs (RFC 2131 table 5),
 * so later handlers can rely on it.
 */
final class MessageValidationHandler implements Handler4 {

    @Override
    public Step handle(Request4 request, Reply4.Builder reply) {
        Dhcp4Message message = request.message();
        boolean hasCiaddr = !Ipv4Bytes.isAny(message.ciaddr());
        boolean hasRequested = message.options().requestedAddress().isPresent();
        return switch (request.type()) {
            case REQUEST -> hasRequested || hasCiaddr ? Step.CONTINUE
                : Step.drop(DropReason.NO_REQUESTED_ADDRESS, "REQUEST without option 50 or ciaddr");
            case RELEASE -> hasCiaddr ? Step.CONTINUE
                : Step.drop(DropReason.NO_REQUESTED_ADDRESS, "RELEASE without ciaddr");
            case DECLINE -> hasRequested ? Step.CONTINUE
                : Step.drop(DropReason.NO_REQUESTED_ADDRESS, "DECLINE without option 50");
            case DISCOVER, INFORM -> Step.CONTINUE;
            case OFFER, ACK, NAK -> Step.drop(DropReason.NOT_A_CLIENT_REQUEST, request.type() + " sent to a server");
        };
    }
}
