package org.takahe.dhcp.v6.exchange;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.takahe.dhcp.alloc.AllocationEngine;
import org.takahe.dhcp.alloc.AllocationRequest;
import org.takahe.dhcp.alloc.IaKey;
import org.takahe.dhcp.alloc.LeaseDecision;
import org.takahe.dhcp.alloc.Range6Scope;
import org.takahe.dhcp.config.v6.AddressPool6;
import org.takahe.dhcp.config.v6.PrefixPool6;
import org.takahe.dhcp.config.v6.Range6;
import org.takahe.dhcp.v6.Dhcp6Messages;
import org.takahe.dhcp.wire.v6.StatusCode;
import org.takahe.dhcp.wire.v6.TypedOption6;
import org.takahe.lease.Lease6;
import org.takahe.lease.LeaseKey;
import org.takahe.lease.LeaseType;

/**
 * Asks the allocator for one IA and turns its decision into the IA of the reply: the granted address or prefix
 * with its timers, or NoAddrsAvail / NoPrefixAvail in that IA alone, so the client's other IAs are still served
 * (RFC 7550). Records the granted lease's pool, whose option sets apply to the client.
 */
public final class IaAssignment {
    private static final Logger LOG = LoggerFactory.getLogger(IaAssignment.class);

    private final AllocationEngine allocation;

    public IaAssignment(AllocationEngine allocation) {
        this.allocation = allocation;
    }

    /** The IA's answer, or the lease store's failure, which no reply may hide. */
    public sealed interface Result {
    }

    public record Answer(TypedOption6 ia) implements Result {
    }

    public record StoreFailed(String detail) implements Result {
    }

    /** The client's leases in this IA, in whatever range, the one renewed last first. */
    public List<Lease6> binding(IaKey ia) {
        return allocation.leasesOf(ia);
    }

    /**
     * Allocates for the IA: an offer for an ADVERTISE, a durable assignment otherwise.
     *
     * @param requested what the client asks for or holds, a hint the allocator may replace
     * @param withdraw addresses or prefixes to list at lifetimes 0 whatever the outcome (ones not the client's)
     * @param taken reserved addresses and prefixes already given to the client's other IAs in this message; the
     *     granted one is added
     */
    public Result assign(Request6 request, Reply6.Builder reply, Range6 range, IaRequest ia,
            AllocationRequest.Mode mode, Optional<LeaseKey> requested, Collection<LeaseKey> withdraw,
            Set<LeaseKey> taken) {
        IaKey client = ia.key(request.duid());
        Range6Scope scope = ia.type() == LeaseType.NA ? Range6Scope.addresses(range) : Range6Scope.prefixes(range);
        Optional<LeaseKey> reserved = scope.reservedFor(client.duid()).stream().filter(k -> !taken.contains(k))
            .findFirst();
        LeaseDecision<Lease6> decision = allocation.allocate(AllocationRequest.v6(client, scope, requested, mode,
            reserved, request.hardwareAddress(), Optional.empty()));
        return switch (decision) {
            case LeaseDecision.Offered<Lease6> offered -> {
                Dhcp6Messages.DHCP6_LEASE_ADVERTISE.log(LOG, offered.lease().key(), client, range.id());
                yield granted(reply, scope, ia, offered.lease(), withdraw, taken);
            }
            case LeaseDecision.Committed<Lease6> committed -> {
                Lease6 lease = committed.lease();
                (lease.allocated().equals(lease.renewed()) ? Dhcp6Messages.DHCP6_LEASE_ALLOC
                    : Dhcp6Messages.DHCP6_LEASE_EXTEND).log(LOG, lease.key(), client,
                        lease.hardwareAddress().orElse("hardware address unknown"), range.id(), lease.expires());
                List<LeaseKey> gone = new ArrayList<>(withdraw);
                committed.replaced().forEach(old -> gone.add(old.key()));
                yield granted(reply, scope, ia, lease, gone, taken);
            }
            case LeaseDecision.Exhausted<Lease6> exhausted -> {
                Dhcp6Messages.DHCP6_POOL_EXHAUSTED.log(LOG, range.id(), ia.type() == LeaseType.NA ? "address"
                    : "prefix", client);
                yield new Answer(IaAnswers.status(ia, unavailable(ia), exhausted.detail(), withdraw));
            }
            case LeaseDecision.Refused<Lease6> refused ->
                new Answer(IaAnswers.status(ia, unavailable(ia), refused.reason(), withdraw));
            case LeaseDecision.StoreFailed<Lease6> failed -> new StoreFailed(failed.detail());
        };
    }

    /** NoAddrsAvail for an IA_NA, NoPrefixAvail for an IA_PD. */
    public static int unavailable(IaRequest ia) {
        return ia.type() == LeaseType.NA ? StatusCode.NO_ADDRS_AVAIL : StatusCode.NO_PREFIX_AVAIL;
    }

    private static Result granted(Reply6.Builder reply, Range6Scope scope, IaRequest ia, Lease6 lease,
            Collection<LeaseKey> withdraw, Set<LeaseKey> taken) {
        taken.add(lease.key());
        scope.addressPool(lease.key()).map(AddressPool6::optionSetIds).ifPresent(reply::poolOptionSets);
        scope.prefixPool(lease.key()).map(PrefixPool6::optionSetIds).ifPresent(reply::poolOptionSets);
        return new Answer(IaAnswers.granted(ia, lease, withdraw));
    }
}
