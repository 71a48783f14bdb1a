package org.takahe.dhcp.v6.exchange;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.takahe.dhcp.alloc.AllocationRequest.Mode;
import org.takahe.dhcp.config.v6.AddressPool6;
import org.takahe.dhcp.config.v6.PrefixPool6;
import org.takahe.dhcp.config.v6.Range6;
import org.takahe.dhcp.v6.Dhcp6DropReason;
import org.takahe.dhcp.wire.v6.MessageType6;
import org.takahe.lease.LeaseKey;
import org.takahe.lease.LeaseType;

/**
 * SOLICIT (RFC 8415 §18.3.1): an ADVERTISE offering an address or prefix per IA, each held back briefly for the
 * client; an IA that cannot be served says NoAddrsAvail or NoPrefixAvail and the ADVERTISE still goes out
 * (§18.3.9). With Rapid Commit, where the range allows it, a REPLY with Rapid Commit and committed leases instead.
 */
public final class SolicitHandler implements Handler6 {
    private final IaAssignment assignment;
    private final OptionSetResolution optionSets;

    public SolicitHandler(IaAssignment assignment, OptionSetResolution optionSets) {
        this.assignment = assignment;
        this.optionSets = optionSets;
    }

    @Override
    public Step6 handle(Request6 request, Reply6.Builder reply) {
        Range6 range = reply.range().orElseThrow();
        List<IaRequest> ias = IaRequest.all(request.message().options());
        boolean rapid = request.message().options().rapidCommit() && rapidCommitAllowed(range, ias);
        reply.type(rapid ? MessageType6.REPLY : MessageType6.ADVERTISE);
        if (rapid) {
            reply.rapidCommit();
        }
        Set<LeaseKey> taken = new HashSet<>();
        for (IaRequest ia : ias) {
            IaAssignment.Result result = assignment.assign(request, reply, range, ia, rapid ? Mode.ASSIGN : Mode.OFFER,
                ia.hint(), List.of(), taken);
            switch (result) {
                case IaAssignment.Answer answer -> reply.ia(answer.ia());
                case IaAssignment.StoreFailed failed -> {
                    return Step6.drop(Dhcp6DropReason.LEASE_STORE_FAILURE, failed.detail());
                }
            }
        }
        return Step6.CONTINUE;
    }

    /**
     * Whether the range lets this SOLICIT be committed at once: an option set of the range or the server carries
     * the rapid-commit option, or every pool the client may draw from allows it (pools inherit the range's
     * rapid-commit), or, with no such pool, the range itself does.
     */
    private boolean rapidCommitAllowed(Range6 range, List<IaRequest> ias) {
        if (optionSets.rapidCommit(List.of(range.optionSetIds()))) {
            return true;
        }
        boolean addresses = ias.stream().anyMatch(ia -> ia.type() == LeaseType.NA);
        boolean prefixes = ias.stream().anyMatch(ia -> ia.type() == LeaseType.PD);
        List<Boolean> pools = new ArrayList<>();
        if (addresses) {
            range.addressPools().stream().map(AddressPool6::rapidCommit).forEach(pools::add);
        }
        if (prefixes) {
            range.prefixPools().stream().map(PrefixPool6::rapidCommit).forEach(pools::add);
        }
        return pools.isEmpty() ? range.rapidCommit() : pools.stream().allMatch(Boolean::booleanValue);
    }
}
