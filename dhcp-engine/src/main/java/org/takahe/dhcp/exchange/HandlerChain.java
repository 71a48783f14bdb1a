package org.takahe.dhcp.exchange;

import java.util.List;

/** The handlers of one configuration, in order. Immutable; shared by all exchanges of that configuration. */
public record HandlerChain(List<Handler4> handlers) {

    public HandlerChain {
        handlers = List.copyOf(handlers);
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
        return reply.build().<ExchangeOutcome>map(ExchangeOutcome.Replied::new).orElseGet(ExchangeOutcome.NoReply::new);
    }
}
