package org.takahe.dhcp.exchange;

import java.util.List;
import org.takahe.dhcp.hooks.Decision;
import org.takahe.dhcp.hooks.HookDispatcher;
import org.takahe.dhcp.hooks.api.HookPoint;
import org.takahe.dhcp.wire.Dhcp4Message;
import org.takahe.dhcp.wire.DropReason;

/**
 * The handlers of one configuration, in order, and its hook callouts, of which the chain itself runs pkt4-send on
 * the finished reply. Immutable; shared by all exchanges of that configuration.
 */
public record HandlerChain(List<Handler4> handlers, HookDispatcher hooks) {

    public HandlerChain {
        handlers = List.copyOf(handlers);
    }

    /** A chain without hook callouts. */
    public HandlerChain(List<Handler4> handlers) {
        this(handlers, HookDispatcher.NONE);
    }

    /** Runs handlers until one stops; reaching the end means "reply". */
    public ExchangeOutcome run(Request4 request, Reply4.Builder reply) {
        for (Handler4 handler : handlers) {
            if (handler.handle(request, reply) instanceof Step.Stop stop) {
                if (stop.drop().isPresent()) {
                    return new ExchangeOutcome.Dropped(stop.drop().get().reason(), stop.drop().get().detail());
                }
                break;
            }
        }
        return reply.build().map(r -> send(request, r)).orElseGet(ExchangeOutcome.NoReply::new);
    }

    /** pkt4-send: callouts may edit the reply's options, or stop it (SKIP or DROP). */
    private ExchangeOutcome send(Request4 request, Reply4 reply) {
        if (!hooks.present(HookPoint.PKT4_SEND)) {
            return new ExchangeOutcome.Replied(reply);
        }
        Decision<Dhcp4Message> decision = hooks.pkt4Send(request.message(), reply.message());
        if (!decision.verdict().isContinue()) {
            return new ExchangeOutcome.Dropped(DropReason.HOOK_DROP, decision.verdict().describe());
        }
        return new ExchangeOutcome.Replied(decision.value() == reply.message() ? reply
            : new Reply4(decision.value(), reply.type()));
    }
}
