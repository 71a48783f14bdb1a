package org.takahe.dhcp.exchange;

import java.net.Inet4Address;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.takahe.dhcp.DhcpMessages;
import org.takahe.dhcp.alloc.AllocationEngine;
import org.takahe.dhcp.alloc.AllocationRequest;
import org.takahe.dhcp.alloc.AllocationRequest.Mode;
import org.takahe.dhcp.alloc.ClientKey;
import org.takahe.dhcp.alloc.LeaseCallouts;
import org.takahe.dhcp.alloc.LeaseDecision;
import org.takahe.dhcp.classify.ClientClasses;
import org.takahe.dhcp.config.LeaseTimerPrecedence;
import org.takahe.dhcp.config.LeaseTimers;
import org.takahe.dhcp.config.Reservation4;
import org.takahe.dhcp.config.Subnet4;
import org.takahe.dhcp.hooks.HookDispatcher;
import org.takahe.dhcp.wire.Dhcp4Message;
import org.takahe.dhcp.wire.DropReason;
import org.takahe.dhcp.wire.Ipv4Bytes;
import org.takahe.dhcp.wire.MessageType;
import org.takahe.dhcp.wire.StandardOptions;
import org.takahe.lease.Lease4;
import org.takahe.lease.LeaseKey;
import org.takahe.lease.LeaseStoreException;

/**
 * Turns the request into a lease action through the {@link AllocationEngine} and picks the reply type
 * (RFC 2131 §4.3): DISCOVER → OFFER (tentative); REQUEST → ACK once durable, or NAK; RELEASE/DECLINE → no
 * reply; INFORM → ACK without a lease. A REQUEST that names no server (INIT-REBOOT, RENEWING, REBINDING)
 * is checked against the server's record of the client: a NAK when it holds a lease on another address,
 * and no answer at all when the server has no record of it (no lease, no reservation), unless the subnet is
 * authoritative (RFC 2131 §4.3.2, Kea's {@code authoritative}). Runs after
 * subnet selection, once per subnet tried; looks up the client's host reservation in that subnet first.
 */
final class LeaseHandler implements Handler4 {
    private static final Logger LOG = LoggerFactory.getLogger(LeaseHandler.class);

    private final AllocationEngine allocation;
    private final Duration declineProbation;
    private final ReservationLookup reservations;
    private final ClientClassifier classifier;
    private final HookDispatcher hooks;

    LeaseHandler(AllocationEngine allocation, Duration declineProbation) {
        this(allocation, declineProbation, new ClientClassifier(List.of()));
    }

    /** @param classifier adds KNOWN/UNKNOWN and the classes depending on them once the reservation is known */
    LeaseHandler(AllocationEngine allocation, Duration declineProbation, ClientClassifier classifier) {
        this(allocation, declineProbation, classifier, HookDispatcher.NONE);
    }

    /** @param hooks answers the lease hook points (lease4-select, -renew, -release, -expire) */
    LeaseHandler(AllocationEngine allocation, Duration declineProbation, ClientClassifier classifier,
            HookDispatcher hooks) {
        this.allocation = allocation;
        this.hooks = hooks;
        this.declineProbation = declineProbation;
        this.reservations = new ReservationLookup(allocation::leaseOf);
        this.classifier = classifier;
    }

    @Override
    public Step handle(Request4 request, Reply4.Builder reply) {
        Subnet4 subnet = reply.subnet().orElseThrow(() -> new IllegalStateException("lease handler before subnet"));
        ClientKey client = clientIn(subnet, request);
        Optional<Reservation4> reservation = reservations.find(request, subnet, client, reply.classes());
        reservation.ifPresent(r -> DhcpMessages.DHCP4_RESERVATION_FOUND.log(LOG, request.xid(), client,
            r.id(), r.identifier(), subnet.id()));
        reply.reservation(reservation);
        reply.classes(classifier.afterHostLookup(request, reply.classes(), reservation.isPresent()));
        LeaseTimers timers = classifier.validLifetime(reply.classes()).map(LeaseTimers::forLifetime)
            .orElse(subnet.timers());
        reply.timers(timers);
        Lessee lessee = new Lessee(request, subnet, client, reservation, reply.classes(), timers);
        return switch (request.type()) {
            case DISCOVER -> offer(lessee, reply);
            case REQUEST -> commit(lessee, reply);
            case RELEASE -> release(lessee);
            case DECLINE -> decline(lessee);
            case INFORM -> {
                reply.type(MessageType.ACK);
                yield Step.CONTINUE;
            }
            case OFFER, ACK, NAK -> Step.drop(DropReason.NOT_A_CLIENT_REQUEST, request.type() + " sent to a server");
        };
    }

    /** The client as the subnet tells clients apart: by hardware address only when it does not match client ids. */
    static ClientKey clientIn(Subnet4 subnet, Request4 request) {
        return subnet.matchClientId() ? request.client() : request.client().byHardwareAddressOnly();
    }

    /** Who asks, where, and what is reserved for them there. */
    private record Lessee(Request4 request, Subnet4 subnet, ClientKey client, Optional<Reservation4> reservation,
            ClientClasses classes, LeaseTimers timers) {

        AllocationRequest<Lease4> ask(Optional<Inet4Address> address, Mode mode) {
            Optional<String> hostname = reservation.flatMap(Reservation4::hostname)
                .or(() -> request.message().options().hostName());
            return AllocationRequest.v4(client, subnet, address, mode, hostname, reservation, classes, timers);
        }
    }

    private Step offer(Lessee lessee, Reply4.Builder reply) {
        Request4 request = lessee.request();
        LeaseCallouts<Lease4> callouts = HookedLeases.of(hooks, request.message(), lessee.subnet());
        LeaseDecision<Lease4> decision = allocation.allocate(lessee.ask(request.message().options().requestedAddress(),
            Mode.OFFER), callouts);
        Optional<Step> vetoed = HookedLeases.vetoStep(callouts, true);
        if (vetoed.isPresent()) {
            return vetoed.get(); // a refused offer is no offer (Kea): SKIP and DROP alike leave the client unanswered
        }
        return switch (decision) {
            case LeaseDecision.Offered<Lease4> offered -> {
                Inet4Address address = offered.lease().address();
                lessee.reservation().flatMap(Reservation4::address).filter(reserved -> !reserved.equals(address))
                    .ifPresent(reserved -> DhcpMessages.DHCP4_RESERVATION_CONFLICT.log(LOG,
                        reserved.getHostAddress(), lessee.client(), lessee.subnet().id()));
                DhcpMessages.DHCP4_LEASE_OFFER.log(LOG, address.getHostAddress(), lessee.client(),
                    lessee.subnet().id());
                reply.type(MessageType.OFFER).lease(offered.lease()).timers(granted(lessee, offered.lease()));
                yield Step.CONTINUE;
            }
            default -> unexpected(decision);
        };
    }

    private Step commit(Lessee lessee, Reply4.Builder reply) {
        Request4 request = lessee.request();
        Dhcp4Message message = request.message();
        Optional<Inet4Address> requested = requestedAddress(message);
        Optional<Lease4> held = Optional.empty();
        if (message.options().serverIdentifier().isEmpty()) {
            // INIT-REBOOT, RENEWING, REBINDING: the client states its address; check it against our record.
            held = allocation.leaseOf(lessee.client());
            if (held.isEmpty() && lessee.reservation().isEmpty() && !lessee.subnet().authoritative()) {
                return Step.drop(DropReason.UNKNOWN_CLIENT, lessee.client() + " asks for "
                    + requested.map(Inet4Address::getHostAddress).orElse("?") + " in subnet " + lessee.subnet().id()
                    + ", which has no record of it and is not authoritative");
            }
        }
        Optional<Inet4Address> leased = held.map(Lease4::address).filter(a -> !requested.equals(Optional.of(a)));
        LeaseCallouts<Lease4> callouts = HookedLeases.of(hooks, message, lessee.subnet());
        LeaseDecision<Lease4> decision = leased.isPresent()
            ? new LeaseDecision.Refused<>(requested.map(Inet4Address::getHostAddress).orElse("?")
                + " is not the client's address; its lease is on " + leased.get().getHostAddress())
            : allocation.allocate(lessee.ask(requested, Mode.COMMIT), callouts);
        Optional<Step> dropped = HookedLeases.vetoStep(callouts, false);
        if (dropped.isPresent()) {
            return dropped.get();
        }
        return switch (decision) {
            case LeaseDecision.Committed<Lease4> committed -> {
                DhcpMessages.DHCP4_LEASE_ALLOC.log(LOG, committed.lease().address().getHostAddress(),
                    lessee.client(), lessee.subnet().id(), committed.lease().expires());
                reply.type(MessageType.ACK).lease(committed.lease()).timers(granted(lessee, committed.lease()));
                yield Step.CONTINUE;
            }
            case LeaseDecision.Refused<Lease4> refused -> {
                DhcpMessages.DHCP4_NAK_SENT.log(LOG, request.xid(), lessee.client(), refused.reason());
                reply.type(MessageType.NAK).options().text(StandardOptions.MESSAGE, refused.reason());
                yield Step.CONTINUE;
            }
            default -> unexpected(decision);
        };
    }

    /** The timers sent with the lease: its pool's when the pool sets them, else those chosen before allocation. */
    private static LeaseTimers granted(Lessee lessee, Lease4 lease) {
        return LeaseTimerPrecedence.forAddress(lessee.subnet(), lease.address(), lessee.timers());
    }

    /** Option 50 in SELECTING and INIT-REBOOT; ciaddr when RENEWING or REBINDING (RFC 2131 §4.3.2). */
    private static Optional<Inet4Address> requestedAddress(Dhcp4Message message) {
        return message.options().requestedAddress()
            .or(() -> Optional.of(message.ciaddr()).filter(a -> !Ipv4Bytes.isAny(a)));
    }

    private Step release(Lessee lessee) {
        Inet4Address address = lessee.request().message().ciaddr();
        try {
            LeaseCallouts<Lease4> callouts = HookedLeases.of(hooks, lessee.request().message(), lessee.subnet());
            if (allocation.release(lessee.client(), LeaseKey.v4(address), callouts)) {
                DhcpMessages.DHCP4_LEASE_RELEASE.log(LOG, lessee.client(), address.getHostAddress());
            }
            return HookedLeases.vetoStep(callouts, false).orElse(Step.REPLY);
        } catch (LeaseStoreException e) {
            return Step.drop(DropReason.LEASE_STORE_FAILURE, "release of " + address.getHostAddress() + ": " + e);
        }
    }

    /** The address rests under a placeholder lease for the probation time, offered to nobody, then is reused. */
    private Step decline(Lessee lessee) {
        Inet4Address address = lessee.request().message().options().requestedAddress().orElseThrow();
        try {
            allocation.decline(lessee.client(), LeaseKey.v4(address), declineProbation)
                .ifPresent(until -> DhcpMessages.DHCP4_DECLINE.log(LOG, lessee.client(), address.getHostAddress(),
                    until));
            return Step.REPLY;
        } catch (LeaseStoreException e) {
            return Step.drop(DropReason.LEASE_STORE_FAILURE, "decline of " + address.getHostAddress() + ": " + e);
        }
    }

    /** Decisions that end the exchange without a reply. */
    private static Step unexpected(LeaseDecision<Lease4> decision) {
        return switch (decision) {
            case LeaseDecision.Exhausted<Lease4> exhausted ->
                Step.drop(DropReason.NO_ADDRESS_AVAILABLE, exhausted.detail());
            case LeaseDecision.StoreFailed<Lease4> failed -> Step.drop(DropReason.LEASE_STORE_FAILURE, failed.detail());
            default -> Step.drop(DropReason.INTERNAL_ERROR, "unexpected allocation decision " + decision);
        };
    }
}
