package org.takahe.dhcp.alloc;

import java.net.Inet4Address;
import java.util.Optional;
import org.takahe.dhcp.classify.ClientClasses;
import org.takahe.dhcp.config.LeaseTimers;
import org.takahe.dhcp.config.Reservation4;
import org.takahe.dhcp.config.Subnet4;
import org.takahe.lease.Lease;
import org.takahe.lease.Lease4;
import org.takahe.lease.Lease6;
import org.takahe.lease.LeaseKey;

/**
 * What a client asks of the allocator, taken out of the packet so allocation knows no wire format: one DHCPv4
 * request, or one IA of a DHCPv6 message (a client with several IAs makes one request per IA).
 *
 * @param client the client as its subnet tells clients apart, or the IA
 * @param scope where to look: the subnet, or the range's address or prefix pools
 * @param requested the address or prefix the client asks for (DHCPv4 option 50 or ciaddr, an IAADDR or IAPREFIX)
 * @param mode whether the answer is a tentative offer or a durable commit
 * @param reservation who the client is for the scope's reservations (its {@link Reservation4}, its DUID), if anyone
 * @param reservedCandidate the address or prefix reserved for it in this scope, if any
 * @param classes the client's classes: pools restricted to a class serve only its members
 * @param factory builds the lease once its address or prefix is chosen
 */
public record AllocationRequest<L extends Lease>(Client<L> client, AllocationScope scope,
        Optional<LeaseKey> requested, Mode mode, Optional<?> reservation, Optional<LeaseKey> reservedCandidate,
        ClientClasses classes, LeaseFactory<L> factory) {

    /** Kea's fake-allocation flag, plus DHCPv6's commit of whatever is free. */
    public enum Mode {
        /** Choose (the requested candidate if it may be given) and hold it back briefly: DHCPDISCOVER, SOLICIT. */
        OFFER,
        /** Commit exactly the requested candidate or refuse: DHCPREQUEST. */
        COMMIT,
        /**
         * Choose as for an offer and commit it: a DHCPv6 REQUEST, RENEW or rapid-commit SOLICIT, whose requested
         * address or prefix is a hint the server may replace.
         */
        ASSIGN
    }

    /**
     * A DHCPv4 request.
     *
     * @param hostname the host name to record with the lease: the reserved one, else the client's
     * @param timers the lease's timers: the subnet's, or those of a class that sets its own lifetime
     */
    public static AllocationRequest<Lease4> v4(ClientKey client, Subnet4 subnet, Optional<Inet4Address> requested,
            Mode mode, Optional<String> hostname, Optional<Reservation4> reservation, ClientClasses classes,
            LeaseTimers timers) {
        return new AllocationRequest<>(client, new Subnet4Scope(subnet), requested.map(LeaseKey::v4), mode,
            reservation, reservation.flatMap(Reservation4::address).map(LeaseKey::v4), classes,
            new Lease4Factory(client, subnet, timers, hostname));
    }

    /** A DHCPv4 request from a client in no class: only pools open to every client, the subnet's timers. */
    public static AllocationRequest<Lease4> v4(ClientKey client, Subnet4 subnet, Optional<Inet4Address> requested,
            Mode mode, Optional<String> hostname, Optional<Reservation4> reservation) {
        return v4(client, subnet, requested, mode, hostname, reservation, ClientClasses.NONE, subnet.timers());
    }

    /**
     * A request for one IA of a DHCPv6 client, in the address or prefix pools of a range ({@code scope.type()} must
     * be the IA's). The client's DUID names it for the range's reservations.
     *
     * @param requested the address or prefix the IA carries, if any
     * @param reserved the address or prefix reserved for this IA (one of {@link Range6Scope#reservedFor}), if any
     * @param hardwareAddress the client's link-layer address to record, when known
     * @param hostname the host name to record with the lease
     */
    public static AllocationRequest<Lease6> v6(IaKey ia, Range6Scope scope, Optional<LeaseKey> requested, Mode mode,
            Optional<LeaseKey> reserved, Optional<String> hardwareAddress, Optional<String> hostname) {
        if (scope.type() != ia.type()) {
            throw new IllegalArgumentException(ia + " cannot be served from the " + scope.type() + " pools of "
                + scope.name());
        }
        return new AllocationRequest<>(ia, scope, requested, mode, Optional.of(ia.duid()), reserved,
            ClientClasses.NONE, new Lease6Factory(ia, scope.subnetId(), scope::timersFor, hardwareAddress, hostname));
    }
}
