package org.takahe.dhcp.alloc;

import java.net.Inet4Address;
import java.util.Optional;
import org.takahe.dhcp.classify.ClientClasses;
import org.takahe.dhcp.config.LeaseTimers;
import org.takahe.dhcp.config.Reservation4;
import org.takahe.dhcp.config.Subnet4;

/**
 * What a client asks of the allocator, taken out of the packet so allocation knows no wire format.
 *
 * @param client the client as its subnet tells clients apart
 * @param requested the address the client asks for (option 50, or ciaddr when renewing)
 * @param mode whether the answer is a tentative offer or a durable commit
 * @param hostname the host name to record with the lease: the reserved one, else the client's
 * @param reservation the client's host reservation in this subnet, if it has one
 * @param classes the client's classes: pools restricted to a class serve only its members
 * @param timers the lease's timers: the subnet's, or those of a class that sets its own lifetime
 */
public record AllocationRequest(ClientKey client, Subnet4 subnet, Optional<Inet4Address> requested, Mode mode,
        Optional<String> hostname, Optional<Reservation4> reservation, ClientClasses classes, LeaseTimers timers) {

    /** A request from a client in no class: only pools open to every client, the subnet's timers. */
    public AllocationRequest(ClientKey client, Subnet4 subnet, Optional<Inet4Address> requested, Mode mode,
            Optional<String> hostname, Optional<Reservation4> reservation) {
        this(client, subnet, requested, mode, hostname, reservation, ClientClasses.NONE, subnet.timers());
    }

    /** Kea's fake-allocation flag: DISCOVER only offers, REQUEST commits. */
    public enum Mode {
        OFFER, COMMIT
    }

    /** The address reserved for this client in this subnet, if any. */
    public Optional<Inet4Address> reservedAddress() {
        return reservation.flatMap(Reservation4::address);
    }
}
