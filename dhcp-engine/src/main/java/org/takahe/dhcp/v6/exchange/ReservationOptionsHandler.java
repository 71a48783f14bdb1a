package org.takahe.dhcp.v6.exchange;

import org.takahe.dhcp.config.v6.AddressReservation6;
import org.takahe.dhcp.config.v6.Range6;

/**
 * Finds the client's host reservations in its range by DUID and records their option sets, which win over every
 * other level (RFC 9243). Reserved addresses and prefixes themselves are the allocator's business.
 */
public final class ReservationOptionsHandler implements Handler6 {

    @Override
    public Step6 handle(Request6 request, Reply6.Builder reply) {
        String duid = request.duid();
        if (duid.isEmpty() || reply.range().isEmpty()) {
            return Step6.CONTINUE;
        }
        Range6 range = reply.range().get();
        range.addressPools().stream().flatMap(p -> p.reservations().stream())
            .filter(r -> r.duid().filter(duid::equalsIgnoreCase).isPresent())
            .map(AddressReservation6::optionSetIds)
            .forEach(reply::reservationOptionSets);
        return Step6.CONTINUE;
    }
}
