package org.takahe.dhcp.v6.exchange;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.takahe.dhcp.alloc.AllocationRequest.Mode;
import org.takahe.dhcp.alloc.Range6Scope;
import org.takahe.dhcp.config.v6.Range6;
import org.takahe.dhcp.v6.Dhcp6DropReason;
import org.takahe.dhcp.wire.v6.MessageType6;
import org.takahe.dhcp.wire.v6.StatusCode;
import org.takahe.dhcp.wire.v6.TypedOption6;
import org.takahe.lease.Lease6;
import org.takahe.lease.LeaseKey;
import org.takahe.lease.LeaseType;

/**
 * RENEW and REBIND (RFC 8415 §18.3.4, §18.3.5): extends what each IA holds. Addresses or prefixes the client lists
 * that are not its own here, and leases no longer on the client's link, go back with lifetimes 0; a lease that
 * moved (a reservation, a changed range) is replaced and the old one listed at 0 too. An IA the server has no
 * binding for says NoBinding, except that a REBIND naming addresses off the link is told so with lifetimes 0.
 * A RENEW from a link no range serves has every lease of its IAs withdrawn (lifetimes 0).
 */
public final class RenewRebindHandler implements Handler6 {
    private final IaAssignment assignment;

    public RenewRebindHandler(IaAssignment assignment) {
        this.assignment = assignment;
    }

    @Override
    public Step6 handle(Request6 request, Reply6.Builder reply) {
        reply.type(MessageType6.REPLY);
        Set<LeaseKey> taken = new HashSet<>();
        for (IaRequest ia : IaRequest.all(request.message().options())) {
            List<Lease6> binding = assignment.binding(ia.key(request.duid()));
            Set<LeaseKey> held = new LinkedHashSet<>();
            binding.forEach(l -> held.add(l.key()));
            List<LeaseKey> notOurs = ia.listed().stream().filter(k -> !held.contains(k)).toList();
            Optional<Range6> range = reply.range();
            if (binding.isEmpty()) {
                reply.ia(unbound(request, range, ia));
                continue;
            }
            if (range.isEmpty()) {
                List<LeaseKey> all = new ArrayList<>(held);
                all.addAll(notOurs);
                reply.ia(IaAnswers.withdrawn(ia, all));
                continue;
            }
            switch (assignment.assign(request, reply, range.get(), ia, Mode.ASSIGN,
                    Optional.of(binding.getFirst().key()), notOurs, taken)) {
                case IaAssignment.Answer answer -> reply.ia(answer.ia());
                case IaAssignment.StoreFailed failed -> {
                    return Step6.drop(Dhcp6DropReason.LEASE_STORE_FAILURE, failed.detail());
                }
            }
        }
        return Step6.CONTINUE;
    }

    private static TypedOption6 unbound(Request6 request, Optional<Range6> range,
            IaRequest ia) {
        if (request.type() == MessageType6.REBIND && range.isPresent()) {
            Range6Scope scope = ia.type() == LeaseType.NA ? Range6Scope.addresses(range.get())
                : Range6Scope.prefixes(range.get());
            List<LeaseKey> offLink = ia.listed().stream().filter(k -> !scope.onLink(k)).toList();
            if (!offLink.isEmpty()) {
                return IaAnswers.withdrawn(ia, offLink);
            }
        }
        return IaAnswers.status(ia, StatusCode.NO_BINDING, "no binding for " + ia.describe(), List.of());
    }
}
