package org.takahe.dhcp.exchange;

import org.takahe.dhcp.config.Reservation4;
import org.takahe.dhcp.wire.Dhcp4Options;
import org.takahe.dhcp.wire.MessageType;
import org.takahe.dhcp.wire.StandardOptions;

/**
 * Gives a client with a host reservation what is reserved for it beyond the address: the boot fields
 * (siaddr, sname, file), over those of its subnet and classes, and the reserved host name in option 12 when
 * the client sent a host name or asked for one in option 55 (as Kea does). Runs last, so the reservation,
 * the most specific scope, wins.
 */
final class ReservedHostHandler implements Handler4 {

    @Override
    public Step handle(Request4 request, Reply4.Builder reply) {
        if (reply.reservation().isEmpty() || reply.type().isEmpty() || reply.type().get() == MessageType.NAK) {
            return Step.CONTINUE;
        }
        Reservation4 reservation = reply.reservation().get();
        reply.boot(reservation.boot());
        Dhcp4Options asked = request.message().options();
        boolean wantsHostname = asked.hostName().isPresent()
            || asked.parameterRequestList().contains(StandardOptions.HOST_NAME.code());
        if (wantsHostname) {
            reservation.hostname().ifPresent(name -> reply.options().text(StandardOptions.HOST_NAME, name));
        }
        return Step.CONTINUE;
    }
}
