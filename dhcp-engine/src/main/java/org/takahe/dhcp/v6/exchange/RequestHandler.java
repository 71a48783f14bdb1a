package org.takahe.dhcp.v6.exchange;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.takahe.dhcp.alloc.AllocationRequest.Mode;
import org.takahe.dhcp.config.v6.Range6;
import org.takahe.dhcp.v6.Dhcp6DropReason;
import org.takahe.dhcp.wire.v6.MessageType6;
import org.takahe.dhcp.wire.v6.StatusCode;
import org.takahe.lease.LeaseKey;
import org.takahe.lease.LeaseType;

/**
 * REQUEST (RFC 8415 §18.3.2): a REPLY committing an address or prefix per IA, the one asked for when it may be
 * given. An IA_NA naming an address outside the link's prefix says NotOnLink; an IA that cannot be served says
 * NoAddrsAvail or NoPrefixAvail, the others are served all the same (RFC 7550).
 */
public final class RequestHandler implements Handler6 {
    private final IaAssignment assignment;

    public RequestHandler(IaAssignment assignment) {
        this.assignment = assignment;
    }

    @Override
    public Step6 handle(Request6 request, Reply6.Builder reply) {
        Range6 range = reply.range().orElseThrow();
        reply.type(MessageType6.REPLY);
        Set<LeaseKey> taken = new HashSet<>();
        for (IaRequest ia : IaRequest.all(request.message().options())) {
            List<LeaseKey> offLink = ia.type() == LeaseType.NA ? ia.listed().stream()
                .filter(k -> !range.prefix().contains(k.high(), k.low())).toList() : List.of();
            if (!offLink.isEmpty()) {
                reply.ia(IaAnswers.status(ia, StatusCode.NOT_ON_LINK, offLink.getFirst() + " is not on "
                    + range.prefix(), List.of()));
                continue;
            }
            switch (assignment.assign(request, reply, range, ia, Mode.ASSIGN, ia.hint(), List.of(), taken)) {
                case IaAssignment.Answer answer -> reply.ia(answer.ia());
                case IaAssignment.StoreFailed failed -> {
                    return Step6.drop(Dhcp6DropReason.LEASE_STORE_FAILURE, failed.detail());
                }
            }
        }
        return Step6.CONTINUE;
    }
}
