package org.takahe.dhcp.exchange;

import java.net.Inet4Address;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.takahe.dhcp.DhcpMessages;
import org.takahe.dhcp.alloc.ClientKey;
import org.takahe.dhcp.config.Subnet4;
import org.takahe.dhcp.wire.Dhcp4Message;
import org.takahe.dhcp.wire.DropReason;
import org.takahe.dhcp.wire.Ipv4Bytes;
import org.takahe.dhcp.wire.MessageType;
import org.takahe.lease.Lease4;

/**
 * Runs the lease handler across the subnets of a shared network, as Kea's allocation engine does: a
 * member subnet holding the client's host reservation is tried first; else the subnet the client's
 * address belongs to — the address it asks for in a REQUEST (or names as ciaddr), the one it already
 * holds when it DISCOVERs — so a lease in any member subnet is honoured; then, while a subnet has no
 * free address, the next member in configured order. A subnet outside any shared network is simply
 * handed to the lease handler.
 */
final class SharedNetworkLeasing implements Handler4 {
    private static final Logger LOG = LoggerFactory.getLogger(SharedNetworkLeasing.class);

    private final Handler4 leasing;
    private final SharedNetworkIndex sharedNetworks;
    private final Function<ClientKey, Optional<Lease4>> currentLease;
    private final ReservationLookup reservations;

    /** @param currentLease the lease the client holds now, in whatever subnet */
    SharedNetworkLeasing(Handler4 leasing, SharedNetworkIndex sharedNetworks,
            Function<ClientKey, Optional<Lease4>> currentLease) {
        this.leasing = leasing;
        this.sharedNetworks = sharedNetworks;
        this.currentLease = currentLease;
        this.reservations = new ReservationLookup(currentLease);
    }

    @Override
    public Step handle(Request4 request, Reply4.Builder reply) {
        Subnet4 selected = reply.subnet().orElseThrow(() -> new IllegalStateException("leasing before subnet"));
        // Only subnets that serve the client's classes are candidates (Kea's client-class on a subnet).
        List<Subnet4> link = sharedNetworks.link(selected).stream().filter(s -> s.admits(reply.classes())).toList();
        if (link.size() == 1) {
            return leasing.handle(request, reply);
        }
        Optional<Subnet4> reserved = link.stream()
            .filter(s -> reservations.find(request, s, request.client(), reply.classes()).isPresent()).findFirst();
        List<Subnet4> order = tryingOrder(link, reserved.orElse(selected), reserved.isEmpty()
            ? addressHint(request) : Optional.empty());
        Step step = Step.CONTINUE;
        for (int i = 0; i < order.size(); i++) {
            reply.subnet(order.get(i));
            step = leasing.handle(request, reply);
            if (!isExhausted(step) || i + 1 == order.size()) {
                break;
            }
            DhcpMessages.DHCP4_SHARED_NETWORK_NEXT.log(LOG, request.xid(), order.get(i).id(), order.get(i + 1).id(),
                sharedNetworks.networkOf(selected).orElseThrow().name());
        }
        return step;
    }

    /** The address that tells which member subnet the client belongs in, if any. */
    private Optional<Inet4Address> addressHint(Request4 request) {
        Dhcp4Message message = request.message();
        Optional<Inet4Address> asked = message.options().requestedAddress();
        if (request.type() == MessageType.DISCOVER) {
            return currentLease.apply(request.client()).map(Lease4::address).or(() -> asked);
        }
        return asked.or(() -> Optional.of(message.ciaddr()).filter(a -> !Ipv4Bytes.isAny(a)));
    }

    /** The member holding the hint first (else the preferred one), then the others in configured order. */
    private static List<Subnet4> tryingOrder(List<Subnet4> link, Subnet4 preferred, Optional<Inet4Address> hint) {
        Subnet4 first = hint.flatMap(a -> link.stream().filter(s -> s.prefix().contains(a)).findFirst())
            .orElse(preferred);
        List<Subnet4> order = new ArrayList<>(link.size());
        order.add(first);
        link.stream().filter(s -> !s.equals(first)).forEach(order::add);
        return order;
    }

    private static boolean isExhausted(Step step) {
        return step instanceof Step.Stop stop
            && stop.drop().map(drop -> drop.reason() == DropReason.NO_ADDRESS_AVAILABLE).orElse(false);
    }
}
