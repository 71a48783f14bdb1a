package org.takahe.netconf.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.takahe.netconf.TerminationReason;
import org.takahe.netconf.rpc.EventStream;
import org.takahe.netconf.rpc.RpcException;
import org.takahe.netconf.rpc.FakeSession;

@Timeout(10)
class NotificationHubTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);

    @Test
    void subscriberThatDoesNotReadIsClosedOnceItsQueueIsFullAndPublishingNeverWaits() throws Exception {
        CompletableFuture<Long> closed = new CompletableFuture<>();
        NotificationHub hub = new NotificationHub(new NotificationLimits(10, 3, 1 << 20, 10), CLOCK, closed::complete);
        CountDownLatch stuck = new CountDownLatch(1);
        FakeSession session = new FakeSession(7, stuck);
        hub.subscribe(session, new EventStream.Request(Optional.empty(), Optional.empty(),
            EventStream.EventFilter.ALL)).run();
        for (int i = 0; i < 10; i++) {
            hub.publish(NotificationXml.newEvent("urn:test", "tick"));
        }
        assertEquals(7L, closed.get(5, TimeUnit.SECONDS));
        stuck.countDown();
    }

    @Test
    void replayLogKeepsOnlyTheNewestEvents() throws Exception {
        NotificationHub hub = new NotificationHub(new NotificationLimits(2, 10, 1 << 20, 10), CLOCK, id -> { });
        for (String name : List.of("first", "second", "third")) {
            hub.publish(NotificationXml.newEvent("urn:test", name));
        }
        FakeSession session = new FakeSession(1, new CountDownLatch(0));
        hub.subscribe(session, new EventStream.Request(Optional.of(Instant.EPOCH), Optional.empty(),
            EventStream.EventFilter.ALL)).run();
        assertTrue(session.sent.poll(5, TimeUnit.SECONDS).contains("<second"));
        assertTrue(session.sent.poll(5, TimeUnit.SECONDS).contains("<third"));
        assertTrue(session.sent.poll(5, TimeUnit.SECONDS).contains("<replayComplete"));
        hub.sessionEnded(1, TerminationReason.CLOSED);
    }

    @Test
    void aSessionHasOneSubscriptionAtATime() throws Exception {
        NotificationHub hub = new NotificationHub(NotificationLimits.DEFAULT, CLOCK, id -> { });
        FakeSession session = new FakeSession(3, new CountDownLatch(0));
        EventStream.Request request = new EventStream.Request(Optional.empty(), Optional.empty(),
            EventStream.EventFilter.ALL);
        hub.subscribe(session, request);
        assertThrows(RpcException.class, () -> hub.subscribe(session, request));
        hub.sessionEnded(3, TerminationReason.DROPPED);
        hub.subscribe(session, request);
    }
}
