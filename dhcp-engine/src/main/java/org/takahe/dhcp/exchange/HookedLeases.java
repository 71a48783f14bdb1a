package org.takahe.dhcp.exchange;

import java.util.Optional;
import org.takahe.dhcp.alloc.LeaseCallouts;
import org.takahe.dhcp.config.Subnet4;
import org.takahe.dhcp.hooks.HookDispatcher;
import org.takahe.dhcp.hooks.Verdict;
import org.takahe.dhcp.hooks.api.NextStep;
import org.takahe.dhcp.wire.Dhcp4Message;
import org.takahe.dhcp.wire.DropReason;
import org.takahe.lease.Lease4;

/**
 * Answers allocation's questions at the lease points through the hook libraries, for one request, and remembers
 * the first verdict that was not CONTINUE so the lease handler can turn a DROP into a dropped packet. One per
 * allocation call; when no library has a lease callout the handler passes {@link LeaseCallouts#none()} instead.
 */
final class HookedLeases implements LeaseCallouts<Lease4> {
    private final HookDispatcher hooks;
    private final Dhcp4Message query;
    private final Subnet4 subnet;
    private Optional<Verdict> veto = Optional.empty();

    private HookedLeases(HookDispatcher hooks, Dhcp4Message query, Subnet4 subnet) {
        this.hooks = hooks;
        this.query = query;
        this.subnet = subnet;
    }

    /** The callouts for this request: {@link LeaseCallouts#none()} (shared, nothing to ask) when no point is used. */
    static LeaseCallouts<Lease4> of(HookDispatcher hooks, Dhcp4Message query, Subnet4 subnet) {
        return hooks.leasePointsPresent() ? new HookedLeases(hooks, query, subnet) : LeaseCallouts.none();
    }

    /** A drop step if a callout answered DROP, or (when {@code skipDrops}) SKIP; empty otherwise. */
    static Optional<Step> vetoStep(LeaseCallouts<Lease4> callouts, boolean skipDrops) {
        if (!(callouts instanceof HookedLeases hooked) || hooked.veto.isEmpty()) {
            return Optional.empty();
        }
        Verdict verdict = hooked.veto.get();
        if (verdict.is(NextStep.DROP) || skipDrops) {
            return Optional.of(Step.drop(DropReason.HOOK_DROP, verdict.describe()));
        }
        return Optional.empty();
    }

    @Override
    public boolean select(Lease4 lease, boolean offerOnly) {
        return allowed(hooks.lease4Select(query, subnet, lease, offerOnly));
    }

    @Override
    public boolean renew(Lease4 renewed) {
        return allowed(hooks.lease4Renew(query, subnet, renewed));
    }

    @Override
    public boolean release(Lease4 lease) {
        return allowed(hooks.lease4Release(query, lease));
    }

    @Override
    public void expire(Lease4 expired) {
        // SKIP means the library reclaimed the lease itself; the reuse of its address goes on either way.
        hooks.lease4Expire(expired);
    }

    private boolean allowed(Verdict verdict) {
        if (verdict.isContinue()) {
            return true;
        }
        if (veto.isEmpty()) {
            veto = Optional.of(verdict);
        }
        return false;
    }
}
