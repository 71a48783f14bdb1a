package org.takahe.netconf;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** RFC 5277 subscriptions and the RFC 6470 events, end to end over SSH. */
@Timeout(value = 20, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class NotificationTest {

    private static final String NC_NOTIFICATION = "urn:ietf:params:xml:ns:netconf:notification:1.0";
    private static final String SUBSCRIBE = "<create-subscription xmlns=\"" + NC_NOTIFICATION + "\"/>";

    @TempDir
    static Path dataDir;

    private static TestServer server;

    @BeforeAll
    static void start() throws Exception {
        server = new TestServer(dataDir);
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    @Test
    void helloAdvertisesNotificationInterleaveAndConfirmedCommit() throws Exception {
        try (TestServer.Session session = server.connect()) {
            assertTrue(session.hello.contains("urn:ietf:params:netconf:capability:notification:1.0"));
            assertTrue(session.hello.contains("urn:ietf:params:netconf:capability:interleave:1.0"));
            assertTrue(session.hello.contains("urn:ietf:params:netconf:capability:confirmed-commit:1.1"));
        }
    }

    @Test
    void subscriberReceivesSessionStartConfigChangeAndSessionEndOfAnotherSession() throws Exception {
        try (TestServer.Session subscriber = server.connect()) {
            assertTrue(subscriber.rpc(SUBSCRIBE).contains("<ok/>"));
            long editorId;
            try (TestServer.Session editor = server.connect()) {
                editorId = editor.id;
                assertTrue(editor.rpc(editServer("notified-name", "p1")).contains("<ok/>"));
                assertTrue(editor.rpc("<commit/>").contains("<ok/>"));
                assertTrue(editor.rpc(editServer("renamed", "p2")).contains("<ok/>"));
                assertTrue(editor.rpc("<commit/>").contains("<ok/>"));
                assertTrue(editor.rpc("<close-session/>").contains("<ok/>"));
            }
            String start = subscriber.notification("<netconf-session-start");
            assertTrue(start.contains("<session-id>" + editorId + "</session-id>"), start);
            assertTrue(start.contains("<username>admin</username>"), start);
            assertTrue(start.contains("<source-host>127.0.0.1</source-host>"), start);
            assertTrue(start.contains("<eventTime>"), start);

            String created = subscriber.notification("<netconf-config-change");
            assertTrue(created.contains("<session-id>" + editorId + "</session-id>"), created);
            assertTrue(created.contains("<datastore>running</datastore>"), created);
            assertTrue(created.contains("<target xmlns:nt=\"" + TestSchema.NS + "\">/nt:server</target>"
                + "<operation>create</operation>"), created);
            String changed = subscriber.notification("<netconf-config-change");
            assertTrue(changed.contains(">/nt:server/nt:name</target><operation>replace</operation>"), changed);
            assertTrue(changed.contains(">/nt:server/nt:pool[nt:id='p2']</target><operation>create</operation>"),
                changed);
            assertFalse(changed.contains("p1"), changed);

            String end = subscriber.notification("<netconf-session-end");
            assertTrue(end.contains("<session-id>" + editorId + "</session-id>"), end);
            assertTrue(end.contains("<termination-reason>closed</termination-reason>"), end);

            // interleave: rpcs keep working on the subscribed session
            assertTrue(subscriber.rpc("<get-config><source><running/></source></get-config>")
                .contains("renamed"));
        }
    }

    @Test
    void killedSessionEndsWithTheKillersSessionId() throws Exception {
        try (TestServer.Session subscriber = server.connect(); TestServer.Session victim = server.connect()) {
            assertTrue(subscriber.rpc(SUBSCRIBE).contains("<ok/>"));
            assertTrue(subscriber.rpc("<kill-session><session-id>" + victim.id + "</session-id></kill-session>")
                .contains("<ok/>"));
            String end = subscriber.notification("<netconf-session-end");
            assertTrue(end.contains("<session-id>" + victim.id + "</session-id>"), end);
            assertTrue(end.contains("<killed-by>" + subscriber.id + "</killed-by>"), end);
            assertTrue(end.contains("<termination-reason>killed</termination-reason>"), end);
        }
    }

    @Test
    void replayFromStartTimeSendsStoredEventsThenReplayCompleteThenNotificationComplete() throws Exception {
        long earlierId;
        try (TestServer.Session earlier = server.connect()) {
            earlierId = earlier.id;
        }
        try (TestServer.Session subscriber = server.connect()) {
            String stop = Instant.now().toString();
            assertTrue(subscriber.rpc("<create-subscription xmlns=\"" + NC_NOTIFICATION + "\">"
                + "<startTime>2000-01-01T00:00:00Z</startTime><stopTime>" + stop + "</stopTime>"
                + "</create-subscription>").contains("<ok/>"));
            String replayed = subscriber.notification("<session-id>" + earlierId + "</session-id>");
            assertTrue(replayed.contains("netconf-session-start"), replayed);
            subscriber.notification("<replayComplete");
            subscriber.notification("<notificationComplete");
            // Once complete, the session may subscribe again.
            assertTrue(subscriber.rpc(SUBSCRIBE).contains("<ok/>"));
        }
    }

    @Test
    void subtreeFilterLetsOnlySelectedEventsThrough() throws Exception {
        try (TestServer.Session subscriber = server.connect()) {
            assertTrue(subscriber.rpc("<create-subscription xmlns=\"" + NC_NOTIFICATION + "\"><filter type=\"subtree\">"
                + "<netconf-session-end xmlns=\"urn:ietf:params:xml:ns:yang:ietf-netconf-notifications\"/>"
                + "</filter></create-subscription>").contains("<ok/>"));
            try (TestServer.Session other = server.connect()) {
                other.rpc("<close-session/>");
            }
            String first = subscriber.next();
            assertTrue(first.contains("<netconf-session-end"), first);
            assertFalse(first.contains("netconf-session-start"), first);
        }
    }

    @Test
    void secondSubscriptionOnTheSameSessionIsRefused() throws Exception {
        try (TestServer.Session subscriber = server.connect()) {
            assertTrue(subscriber.rpc(SUBSCRIBE).contains("<ok/>"));
            String again = subscriber.rpc(SUBSCRIBE);
            assertTrue(again.contains("<rpc-error>"), again);
            assertTrue(again.contains("<error-tag>in-use</error-tag>"), again);
        }
    }

    @Test
    void badReplayTimesAreRefused() throws Exception {
        try (TestServer.Session subscriber = server.connect()) {
            String future = subscriber.rpc("<create-subscription xmlns=\"" + NC_NOTIFICATION + "\"><startTime>"
                + Instant.now().plusSeconds(3600) + "</startTime></create-subscription>");
            assertTrue(future.contains("<error-tag>bad-element</error-tag>"), future);
            String stopAlone = subscriber.rpc("<create-subscription xmlns=\"" + NC_NOTIFICATION + "\"><stopTime>"
                + Instant.now() + "</stopTime></create-subscription>");
            assertTrue(stopAlone.contains("<error-tag>missing-element</error-tag>"), stopAlone);
            String unknownStream = subscriber.rpc("<create-subscription xmlns=\"" + NC_NOTIFICATION + "\">"
                + "<stream>SYSLOG</stream></create-subscription>");
            assertTrue(unknownStream.contains("<error-tag>invalid-value</error-tag>"), unknownStream);
        }
    }

    static String editServer(String name, String pool) {
        return "<edit-config><target><candidate/></target><config><server xmlns=\"" + TestSchema.NS + "\"><name>"
            + name + "</name><pool><id>" + pool + "</id></pool></server></config></edit-config>";
    }
}
