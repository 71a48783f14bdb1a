package org.takahe.dhcp.exchange;

import java.util.Optional;
import java.util.function.Function;
import org.takahe.dhcp.alloc.ClientKey;
import org.takahe.dhcp.classify.ClientClasses;
import org.takahe.dhcp.config.HostIdentifier;
import org.takahe.dhcp.config.Reservation4;
import org.takahe.dhcp.config.Reservations4;
import org.takahe.dhcp.config.Subnet4;
import org.takahe.dhcp.wire.Dhcp4Message;
import org.takahe.dhcp.wire.Octets;
import org.takahe.dhcp.wire.RelayAgentInformation;
import org.takahe.lease.Lease4;

/**
 * Finds the client's host reservation in a subnet from the identifiers its request carries: hardware
 * address, relay circuit id, client identifier, flexible identifier (the subnet's expression evaluated on the
 * request, only when some reservation uses one), in that order, each one hash lookup.
 */
final class ReservationLookup {
    private final Function<ClientKey, Optional<Lease4>> leaseOf;

    /** @param leaseOf the lease the client holds now, in whatever subnet */
    ReservationLookup(Function<ClientKey, Optional<Lease4>> leaseOf) {
        this.leaseOf = leaseOf;
    }

    /** @param classes the request's classes so far, which a flexible identifier expression may test */
    Optional<Reservation4> find(Request4 request, Subnet4 subnet, ClientKey client, ClientClasses classes) {
        Reservations4 reservations = subnet.reservations();
        if (reservations.isEmpty()) {
            return Optional.empty();
        }
        Dhcp4Message message = request.message();
        Optional<Octets> circuitId = message.options().relayAgentInformation()
            .flatMap(RelayAgentInformation::circuitId);
        Optional<Reservation4> found = reservations.find(type -> switch (type) {
            case HARDWARE_ADDRESS -> Optional.of(message.hardwareAddress());
            case CIRCUIT_ID -> circuitId;
            case CLIENT_ID -> message.options().clientIdentifier();
            case FLEX_ID -> reservations.flexId().map(flex -> flex.expression().evaluate(request.view(classes)))
                .filter(value -> value.length() > 0);
        });
        if (found.isPresent() || circuitId.isPresent() || !reservations.uses(HostIdentifier.Type.CIRCUIT_ID)) {
            return found;
        }
        // A renewal is unicast straight to the server, past the relay that adds option 82. The client's lease
        // on an address reserved by circuit id stands for the circuit id it was granted through.
        return leaseOf.apply(client)
            .filter(lease -> lease.subnetId().equals(subnet.id()))
            .flatMap(lease -> reservations.reservedAt(lease.address()))
            .filter(reservation -> reservation.identifier().type() == HostIdentifier.Type.CIRCUIT_ID);
    }
}
