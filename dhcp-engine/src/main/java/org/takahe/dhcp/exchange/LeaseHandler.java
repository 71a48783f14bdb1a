package org.takahe.dhcp.exchange;

import java.net.Inet4Address;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.takahe.dhcp.DhcpMessages;
import org.takahe.dhcp.alloc.AllocationEngine;
import org.takahe.dhcp.alloc.AllocationRequest;
import org.takahe.dhcp.alloc.AllocationRequest.Mode;
import org.takahe.dhcp.alloc.ClientKey;
import org.takahe.dhcp.alloc.LeaseDecision;
import org.takahe.dhcp.config.Subnet4;
import org.takahe.dhcp.wire.Dhcp4Message;
import org.takahe.dhcp.wire.DropReason;
import org.takahe.dhcp.wire.Ipv4Bytes;
import org.takahe.dhcp.wire.MessageType;
import org.takahe.dhcp.wire.StandardOptions;
import org.takahe.lease.LeaseStoreException;

/**
 * Turns the request into a lease action through the {@link AllocationEngine} and picks the reply type:
 * DISCOVER → OFFER (tentative), REQUEST → ACK once durable or NAK, RELEASE/DECLINE → no reply, INFORM → ACK
 * without a lease. Runs after subnet selection.
 */
final class LeaseHandler implements Handler4 {
    private static final Logger LOG = LoggerFactory.getLogger(LeaseHandler.class);

    private final AllocationEngine allocation;
    private final Duration declineProbation;

    LeaseHandler(AllocationEngine allocation, Duration declineProbation) {
        this.allocation = allocation;
        this.declineProbation = declineProbation;
    }

    @Override
    public Step handle(Request4 request, Reply4.Builder reply) {
        Subnet4 subnet = reply.subnet().orElseThrow(() -> new IllegalStateException("lease handler before subnet"));
        return switch (request.type()) {
            case DISCOVER -> offer(request, subnet, reply);
            case REQUEST -> commit(request, subnet, reply);
            case RELEASE -> release(request);
            case DECLINE -> decline(request);
            case INFORM -> {
                reply.type(MessageType.ACK);
                yield Step.CONTINUE;
            }
            case OFFER, ACK, NAK -> Step.drop(DropReason.NOT_A_CLIENT_REQUEST, request.type() + " sent to a server");
        };
    }

    private Step offer(Request4 request, Subnet4 subnet, Reply4.Builder reply) {
        LeaseDecision decision = allocation.allocate(allocationRequest(request, subnet,
            request.message().options().requestedAddress(), Mode.OFFER));
        return switch (decision) {
            case LeaseDecision.Offered offered -> {
                DhcpMessages.DHCP4_LEASE_OFFER.log(LOG, offered.lease().address().getHostAddress(), request.client(),
                    subnet.id());
                reply.type(MessageType.OFFER).lease(offered.lease());
                yield Step.CONTINUE;
            }
            default -> unexpected(decision);
        };
    }

    private Step commit(Request4 request, Subnet4 subnet, Reply4.Builder reply) {
        Dhcp4Message message = request.message();
        // Option 50 in SELECTING and INIT-REBOOT; ciaddr when RENEWING or REBINDING (RFC 2131 §4.3.2).
        Optional<Inet4Address> requested = message.options().requestedAddress()
            .or(() -> Optional.of(message.ciaddr()).filter(a -> !Ipv4Bytes.isAny(a)));
        LeaseDecision decision = allocation.allocate(allocationRequest(request, subnet, requested, Mode.COMMIT));
        return switch (decision) {
            case LeaseDecision.Committed committed -> {
                DhcpMessages.DHCP4_LEASE_ALLOC.log(LOG, committed.lease().address().getHostAddress(),
                    request.client(), subnet.id(), committed.lease().expires());
                reply.type(MessageType.ACK).lease(committed.lease());
                yield Step.CONTINUE;
            }
            case LeaseDecision.Refused refused -> {
                DhcpMessages.DHCP4_NAK_SENT.log(LOG, request.xid(), request.client(), refused.reason());
                reply.type(MessageType.NAK).options().text(StandardOptions.MESSAGE, refused.reason());
                yield Step.CONTINUE;
            }
            default -> unexpected(decision);
        };
    }

    private Step release(Request4 request) {
        Inet4Address address = request.message().ciaddr();
        try {
            if (allocation.release(request.client(), address)) {
                DhcpMessages.DHCP4_LEASE_RELEASE.log(LOG, request.client(), address.getHostAddress());
            }
            return Step.REPLY;
        } catch (LeaseStoreException e) {
            return Step.drop(DropReason.LEASE_STORE_FAILURE, "release of " + address.getHostAddress() + ": " + e);
        }
    }

    /** Minimal DECLINE: park the address under a placeholder lease for the probation time; no conflict detection. */
    private Step decline(Request4 request) {
        Inet4Address address = request.message().options().requestedAddress().orElseThrow();
        try {
            allocation.decline(request.client(), address, declineProbation)
                .ifPresent(until -> DhcpMessages.DHCP4_DECLINE.log(LOG, request.client(), address.getHostAddress(),
                    until));
            return Step.REPLY;
        } catch (LeaseStoreException e) {
            return Step.drop(DropReason.LEASE_STORE_FAILURE, "decline of " + address.getHostAddress() + ": " + e);
        }
    }

    private static AllocationRequest allocationRequest(Request4 request, Subnet4 subnet,
            Optional<Inet4Address> requested, Mode mode) {
        ClientKey client = request.client();
        return new AllocationRequest(client, subnet, requested, mode, request.message().options().hostName());
    }

    /** Decisions that end the exchange without a reply. */
    private static Step unexpected(LeaseDecision decision) {
        return switch (decision) {
            case LeaseDecision.Exhausted exhausted -> Step.drop(DropReason.NO_ADDRESS_AVAILABLE, exhausted.detail());
            case LeaseDecision.StoreFailed failed -> Step.drop(DropReason.LEASE_STORE_FAILURE, failed.detail());
            default -> Step.drop(DropReason.INTERNAL_ERROR, "unexpected allocation decision " + decision);
        };
    }
}
