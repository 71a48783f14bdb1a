package org.takahe.netconf.notification;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.takahe.netconf.rpc.EventStream;
import org.takahe.netconf.rpc.SessionContext;

/**
 * The subscription of one session. Events are queued here by whoever raises them, which never
 * waits; a virtual thread of the subscription writes them to the session, so a slow client
 * delays only its own deliveries. The queue is bounded in events and bytes; when it is full the
 * hub ends the session instead of buffering more.
 */
final class Subscription {

    private final SessionContext session;
    private final EventStream.Request request;
    private final List<NetconfEvent> replay;
    private final Clock clock;
    private final long maxQueuedBytes;
    private final BlockingQueue<NetconfEvent> queue;
    private final AtomicLong queuedBytes = new AtomicLong();
    private final Consumer<Subscription> finished;
    private volatile boolean stopped;
    private volatile @Nullable Thread sender;

    /**
     * @param replay the stored events to send first (already selected by startTime)
     * @param finished told once delivery has ended, whatever the reason
     */
    Subscription(SessionContext session, EventStream.Request request, List<NetconfEvent> replay, Clock clock,
            NotificationLimits limits, Consumer<Subscription> finished) {
        this.session = session;
        this.request = request;
        this.replay = List.copyOf(replay);
        this.clock = clock;
        this.maxQueuedBytes = limits.queuedBytes();
        this.queue = new ArrayBlockingQueue<>(limits.queuedEvents());
        this.finished = finished;
    }

    long sessionId() {
        return session.sessionId();
    }

    /** Queues a live event; false when the queue is full (the caller ends the session). */
    boolean offer(NetconfEvent event) {
        long size = event.notification().length;
        if (queuedBytes.addAndGet(size) > maxQueuedBytes || !queue.offer(event)) {
            queuedBytes.addAndGet(-size);
            return false;
        }
        return true;
    }

    int queued() {
        return queue.size();
    }

    /** Starts delivery: the replay first, then live events. */
    synchronized void start() {
        if (!stopped && sender == null) {
            sender = Thread.ofVirtual().name("netconf-notifications-" + session.sessionId()).start(this::deliver);
        }
    }

    /** Stops delivery; queued events are dropped. */
    synchronized void stop() {
        stopped = true;
        Thread thread = sender;
        if (thread != null) {
            thread.interrupt();
        }
    }

    private void deliver() {
        boolean told = false;
        try {
            Optional<Instant> stopTime = request.stopTime();
            if (request.startTime().isPresent()) {
                for (NetconfEvent event : replay) {
                    if (stopTime.isEmpty() || !event.eventTime().isAfter(stopTime.get())) {
                        send(event);
                    }
                }
                session.send(NotificationXml.envelope(clock.instant(),
                    NotificationXml.newEvent(NotificationXml.NETMOD_NOTIFICATION_NS, "replayComplete")));
            }
            while (!stopped) {
                Optional<NetconfEvent> next = next(stopTime);
                if (next.isEmpty() || stopTime.isPresent() && next.get().eventTime().isAfter(stopTime.get())) {
                    break;
                }
                send(next.get());
            }
            if (stopTime.isPresent() && !stopped) {
                // Over before the client hears so: it may subscribe again as soon as it reads this.
                told = true;
                finished.accept(this);
                session.send(NotificationXml.envelope(clock.instant(),
                    NotificationXml.newEvent(NotificationXml.NETMOD_NOTIFICATION_NS, "notificationComplete")));
            }
        } catch (InterruptedException e) {
            // stopped: the session ended
        } catch (IOException e) {
            // the transport failed; the session's own thread sees it too and ends the session
        } finally {
            if (!told) {
                finished.accept(this);
            }
        }
    }

    /** The next live event; empty once the stop time has passed. */
    private Optional<NetconfEvent> next(Optional<Instant> stopTime) throws InterruptedException {
        NetconfEvent event;
        if (stopTime.isEmpty()) {
            event = queue.take();
        } else {
            long wait = Duration.between(clock.instant(), stopTime.get()).toMillis();
            event = wait < 0 ? queue.poll() : queue.poll(wait + 1, TimeUnit.MILLISECONDS);
            if (event == null) {
                return wait < 0 ? Optional.empty() : next(stopTime);
            }
        }
        queuedBytes.addAndGet(-event.notification().length);
        return Optional.of(event);
    }

    private void send(NetconfEvent event) throws IOException {
        if (request.filter() == EventStream.EventFilter.ALL) {
            session.send(event.notification());
        } else {
            Optional<byte[]> kept = NotificationXml.filtered(event.notification(), request.filter());
            if (kept.isPresent()) {
                session.send(kept.get());
            }
        }
    }
}
