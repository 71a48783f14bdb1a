package org.takahe.dhcp.v6.exchange;

import java.util.List;
import org.takahe.dhcp.v6.Dhcp6DropReason;

/** The handlers of one configuration, in order. Immutable; shared by all exchanges of that configuration. */
public record HandlerChain6(List<Handler6> handlers) {

    public HandlerChain6 {
        handlers = List.copyOf(handlers);
    }

    /** Runs handlers until one stops; every DHCPv6 exchange ends in a reply or a discard. */
    public ExchangeOutcome6 run(Request6 request, Reply6.Builder reply) {
        for (Handler6 handler : handlers) {
            if (handler.handle(request, reply) instanceof Step6.Stop stop) {
                if (stop.drop().isPresent()) {
                    return new ExchangeOutcome6.Dropped(stop.drop().get().reason(), stop.drop().get().detail());
                }
                break;
            }
        }
        return reply.build().<ExchangeOutcome6>map(r -> new ExchangeOutcome6.Replied(r, reply.discarded()))
            .orElseGet(() -> new ExchangeOutcome6.Dropped(Dhcp6DropReason.INTERNAL_ERROR,
                "no handler decided on a reply to " + request.type()));
    }
}
