package org.takahe.netconf.notification;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.takahe.datastore.ErrorTag;
import org.takahe.netconf.NetconfMessages;
import org.takahe.netconf.SessionListener;
import org.takahe.netconf.TerminationReason;
import org.takahe.netconf.rpc.ErrorType;
import org.takahe.netconf.rpc.EventStream;
import org.takahe.netconf.rpc.RpcError;
import org.takahe.netconf.rpc.RpcException;
import org.takahe.netconf.rpc.SessionContext;
import org.w3c.dom.Element;

/**
 * The NETCONF event stream of one server: events are stamped, kept in the bounded replay log and
 * queued for each subscription (one per session, RFC 5277 §2.1.1). Raising an event never waits
 * for a subscriber.
 */
public final class NotificationHub implements EventStream, SessionListener {

    private static final Logger LOG = LoggerFactory.getLogger(NotificationHub.class);

    private final NotificationLimits limits;
    private final Clock clock;
    private final LongConsumer closeSession;
    private final ReplayLog replay;
    private final Map<Long, Subscription> subscriptions = new HashMap<>();
    private Instant lastEventTime = Instant.EPOCH;

    /**
     * @param closeSession ends a session whose subscriber cannot keep up; called on a thread of
     *     its own, never the one raising the event
     */
    public NotificationHub(NotificationLimits limits, Clock clock, LongConsumer closeSession) {
        this.limits = limits;
        this.clock = clock;
        this.closeSession = closeSession;
        this.replay = new ReplayLog(limits.replayEvents(), clock.instant());
    }

    /** Raises an event: the element that goes inside {@code <notification>}. */
    public void publish(Element event) {
        publish(() -> event);
    }

    /**
     * Raises an event whose element is built only when a subscriber or replay first needs it
     * (see {@link NetconfEvent}); {@code event} must not depend on anything that changes later.
     */
    public void publish(Supplier<Element> event) {
        List<Subscription> overflowing = new ArrayList<>();
        synchronized (this) {
            // Never earlier than the previous event, so replay by time keeps the order of the stream.
            Instant now = clock.instant();
            lastEventTime = now.isAfter(lastEventTime) ? now : lastEventTime;
            NetconfEvent stamped = new NetconfEvent(lastEventTime, event);
            replay.add(stamped);
            for (Subscription subscription : subscriptions.values()) {
                if (!subscription.offer(stamped)) {
                    overflowing.add(subscription);
                }
            }
            overflowing.forEach(subscription -> subscriptions.remove(subscription.sessionId()));
        }
        for (Subscription subscription : overflowing) {
            NetconfMessages.NETCONF_NOTIFICATION_QUEUE_FULL.log(LOG, subscription.sessionId(), subscription.queued());
            subscription.stop();
            Thread.ofVirtual().start(() -> closeSession.accept(subscription.sessionId()));
        }
    }

    @Override
    public Runnable subscribe(SessionContext session, Request request) throws RpcException {
        Subscription subscription;
        synchronized (this) {
            if (subscriptions.containsKey(session.sessionId())) {
                throw new RpcException(RpcError.of(ErrorType.PROTOCOL, ErrorTag.IN_USE,
                    "this session has a subscription already; RFC 5277 allows one per session"));
            }
            // Taken together with the registration, so no event is missed or sent twice.
            List<NetconfEvent> replayed = request.startTime().map(replay::since).orElse(List.of());
            subscription = new Subscription(session, request, replayed, clock, limits, this::finished);
            subscriptions.put(session.sessionId(), subscription);
        }
        NetconfMessages.NETCONF_SUBSCRIPTION_CREATED.log(LOG, session.sessionId(),
            request.startTime().map(Instant::toString).orElse("-"), request.stopTime().map(Instant::toString).orElse("-"));
        return subscription::start;
    }

    @Override
    public void sessionStarted(long sessionId, String user, String remoteAddress) {
        // a session has no subscription until it asks for one
    }

    /** The session ended; its subscription stops. */
    @Override
    public void sessionEnded(long sessionId, TerminationReason reason) {
        Subscription subscription;
        synchronized (this) {
            subscription = subscriptions.remove(sessionId);
        }
        if (subscription != null) {
            subscription.stop();
        }
    }

    /** replayLogCreationTime of the NETCONF stream. */
    public synchronized Instant replayLogCreated() {
        return replay.created();
    }

    /** A subscription ended by itself (stopTime passed, or its transport failed): the session may subscribe again. */
    private synchronized void finished(Subscription subscription) {
        subscriptions.remove(subscription.sessionId(), subscription);
    }
}
