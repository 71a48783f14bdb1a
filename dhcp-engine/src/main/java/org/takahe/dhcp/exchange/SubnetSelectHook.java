package org.takahe.dhcp.exchange;

import java.util.List;
import org.takahe.dhcp.config.Subnet4;
import org.takahe.dhcp.hooks.Decision;
import org.takahe.dhcp.hooks.HookDispatcher;
import org.takahe.dhcp.hooks.api.HookPoint;
import org.takahe.dhcp.wire.DropReason;

/**
 * The subnet4-select point, right after subnet selection: callouts may serve the client from another configured
 * subnet; SKIP leaves it without one and DROP drops the packet, both of which mean no answer.
 */
final class SubnetSelectHook implements Handler4 {
    private final HookDispatcher hooks;
    private final List<Subnet4> candidates;

    SubnetSelectHook(HookDispatcher hooks, List<Subnet4> candidates) {
        this.hooks = hooks;
        this.candidates = List.copyOf(candidates);
    }

    @Override
    public Step handle(Request4 request, Reply4.Builder reply) {
        if (!hooks.present(HookPoint.SUBNET4_SELECT) || reply.subnet().isEmpty()) {
            return Step.CONTINUE;
        }
        Decision<Subnet4> decision = hooks.subnet4Select(request.message(), request.receivedOn().name(),
            reply.subnet().get(), candidates);
        if (!decision.verdict().isContinue()) {
            return Step.drop(DropReason.HOOK_DROP, decision.verdict().describe());
        }
        reply.subnet(decision.value());
        return Step.CONTINUE;
    }
}
