package org.takahe.dhcp.exchange;

import org.takahe.dhcp.hooks.HookDispatcher;
import org.takahe.dhcp.hooks.Verdict;
import org.takahe.dhcp.hooks.api.HookPoint;
import org.takahe.dhcp.wire.DropReason;

/** The pkt4-receive point, right after the basic checks: a callout's SKIP or DROP drops the packet. */
final class PacketReceiveHook implements Handler4 {
    private final HookDispatcher hooks;

    PacketReceiveHook(HookDispatcher hooks) {
        this.hooks = hooks;
    }

    @Override
    public Step handle(Request4 request, Reply4.Builder reply) {
        if (!hooks.present(HookPoint.PKT4_RECEIVE)) {
            return Step.CONTINUE;
        }
        Verdict verdict = hooks.pkt4Receive(request.message(), request.receivedOn().name());
        return verdict.isContinue() ? Step.CONTINUE : Step.drop(DropReason.HOOK_DROP, verdict.describe());
    }
}
