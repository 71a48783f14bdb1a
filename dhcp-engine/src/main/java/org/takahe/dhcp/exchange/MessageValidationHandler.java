package org.takahe.dhcp.exchange;

import org.takahe.dhcp.wire.Dhcp4Message;
import org.takahe.dhcp.wire.DropReason;
import org.takahe.dhcp.wire.Ipv4Bytes;

/**
 * Drops server-to-client types, requests from a client with neither hardware address nor client identifier
 * (nothing to know it by), and requests lacking the address their type needs (RFC 2131 table 5), so later
 * handlers can rely on them.
 */
final class MessageValidationHandler implements Handler4 {

    @Override
    public Step handle(Request4 request, Reply4.Builder reply) {
        Dhcp4Message message = request.message();
        if (message.hardwareAddress().length() == 0 && message.options().clientIdentifier().isEmpty()) {
            return Step.drop(DropReason.NOT_A_CLIENT_REQUEST, "neither a hardware address (hlen 0) nor a client "
                + "identifier");
        }
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
