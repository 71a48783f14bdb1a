package org.takahe.netconf.rpc;

import java.time.Instant;
import java.util.Optional;
import org.w3c.dom.Element;

/** The server's notification stream, as create-subscription (RFC 5277 §2.1.1) sees it. */
public interface EventStream {

    /** The one stream this server has (RFC 5277 §3.2.3). */
    String NETCONF = "NETCONF";

    /** Keeps, prunes or drops one event (the element inside {@code <notification>}). */
    @FunctionalInterface
    interface EventFilter {
        /** The event, possibly pruned, or empty when the subscriber does not want it. May modify the argument. */
        Optional<Element> select(Element event);

        EventFilter ALL = Optional::of;
    }

    /**
     * @param startTime replay the stored events from this time on (none when absent)
     * @param stopTime end the subscription, with notificationComplete, once this time has passed
     */
    record Request(Optional<Instant> startTime, Optional<Instant> stopTime, EventFilter filter) {
    }

    /**
     * Creates the session's subscription. Nothing is delivered until the returned action runs,
     * which the caller does once the create-subscription reply has been sent, so replayed events
     * always follow that reply.
     *
     * @throws RpcException when the session has a subscription already
     */
    Runnable subscribe(SessionContext session, Request request) throws RpcException;
}
