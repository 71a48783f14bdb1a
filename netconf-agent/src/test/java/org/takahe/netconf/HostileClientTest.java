package org.takahe.netconf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.apache.sshd.client.SshClient;
import org.apache.sshd.client.channel.ChannelSubsystem;
import org.apache.sshd.client.channel.ClientChannelEvent;
import org.apache.sshd.client.keyverifier.AcceptAllServerKeyVerifier;
import org.apache.sshd.client.session.ClientSession;
import org.apache.sshd.core.CoreModuleProperties;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;
import org.takahe.netconf.auth.UserDirectory;
import org.takahe.netconf.framing.FramingLimits;
import org.takahe.netconf.monitoring.SchemaSources;

/**
 * Clients that misbehave on purpose, against a real server with small limits and short timeouts:
 * each gets an rpc-error or a clean close, and the server keeps serving everyone else.
 */
class HostileClientTest {

    private static final String PASSWORD = "pw";
    private static final String GET_RUNNING = "<get-config><source><running/></source></get-config>";
    private static final int MAX_MESSAGE = 64 * 1024;
    private static final Duration HELLO_TIMEOUT = Duration.ofMillis(500);
    private static final Duration WRITE_TIMEOUT = Duration.ofMillis(500);
    private static final Duration IDLE_TIMEOUT = Duration.ofSeconds(2);
    private static final Set<ClientChannelEvent> CLOSED = EnumSet.of(ClientChannelEvent.CLOSED);

    @TempDir
    static Path dataDir;

    private static NetconfServer server;
    private static SshClient client;

    @BeforeAll
    static void start() throws Exception {
        UserDirectory.addUser(dataDir, "admin", PASSWORD.toCharArray());
        NetconfSettings settings = NetconfSettings.defaults(dataDir.resolve("host-key")).withPort(0)
            .withTimeouts(IDLE_TIMEOUT, HELLO_TIMEOUT, WRITE_TIMEOUT)
            .withFraming(new FramingLimits(MAX_MESSAGE, FramingLimits.DEFAULT.maxChunkBytes()));
        server = new NetconfServer(settings, new UserDirectory(dataDir), new InMemoryDatastore(TestSchema.load()),
            () -> TestSchema.stateWithLeases(0), SchemaSources.none());
        server.start();
        client = SshClient.setUpDefaultClient();
        client.setServerKeyVerifier(AcceptAllServerKeyVerifier.INSTANCE);
        // A small client window, so a client that does not read fills it after a few replies.
        CoreModuleProperties.WINDOW_SIZE.set(client, 16L * 1024);
        client.start();
    }

    @AfterAll
    static void stop() throws IOException {
        client.stop();
        server.close();
    }

    @Test
    void deeplyNestedRpcGetsMalformedMessageAndTheSessionStaysUsable() throws Exception {
        try (NetconfTestClient netconf = connect()) {
            netconf.hello("1.1");
            netconf.send("<rpc message-id=\"1\" xmlns=\"urn:ietf:params:xml:ns:netconf:base:1.0\"><get><filter>"
                + "<a>".repeat(5000) + "</a>".repeat(5000) + "</filter></get></rpc>");
            assertErrorThenUsable(netconf, "malformed-message");
        }
    }

    @Test
    void entityExpansionGetsMalformedMessageAndTheSessionStaysUsable() throws Exception {
        try (NetconfTestClient netconf = connect()) {
            netconf.hello("1.1");
            netconf.send("<!DOCTYPE rpc [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;\">]>"
                + "<rpc message-id=\"1\" xmlns=\"urn:ietf:params:xml:ns:netconf:base:1.0\"><get>&b;</get></rpc>");
            assertErrorThenUsable(netconf, "malformed-message");
        }
    }

    /** Chunked (1.1) and end-of-message (1.0) framing both let the server skip to the message's end. */
    @ParameterizedTest
    @ValueSource(strings = {"1.1", "1.0"})
    void messageBeyondTheSizeLimitGetsTooBigAndTheSessionStaysUsable(String base) throws Exception {
        try (NetconfTestClient netconf = connect()) {
            netconf.hello(base);
            netconf.send("<rpc message-id=\"1\" xmlns=\"urn:ietf:params:xml:ns:netconf:base:1.0\"><get>"
                + " ".repeat(MAX_MESSAGE) + "</get></rpc>");
            assertErrorThenUsable(netconf, "too-big");
        }
    }

    @Test
    void announcedChunkBeyondTheSizeLimitIsSkippedAndAnsweredWithTooBig() throws Exception {
        try (NetconfTestClient netconf = connect()) {
            netconf.hello("1.1");
            netconf.sendRaw("\n#" + (MAX_MESSAGE + 1) + "\n" + "x".repeat(MAX_MESSAGE + 1) + "\n##\n");
            assertErrorThenUsable(netconf, "too-big");
        }
    }

    @Test
    void brokenFramingInsideAnOversizedMessageClosesTheSession() throws Exception {
        try (NetconfTestClient netconf = connect()) {
            netconf.hello("1.1");
            netconf.sendRaw("\n#" + (MAX_MESSAGE + 1) + "\n" + "x".repeat(MAX_MESSAGE + 1) + "\n#x\n");
            assertEquals(Optional.empty(), netconf.read());
        }
    }

    @Test
    void endOfMessageFramingBeyondTheSizeLimitClosesTheSession() throws Exception {
        try (NetconfTestClient netconf = connect()) {
            netconf.read().orElseThrow();
            netconf.sendRaw("<hello>" + " ".repeat(MAX_MESSAGE + 1));
            assertEquals(Optional.empty(), netconf.read());
        }
    }

    @Test
    void clientThatNeverSendsItsHelloIsClosedAfterTheHelloTimeout() throws Exception {
        try (NetconfTestClient netconf = connect()) {
            assertTrue(netconf.read().orElseThrow().contains("<hello"));
            long started = System.nanoTime();
            assertEquals(Optional.empty(), netconf.read());
            assertTrue(Duration.ofNanos(System.nanoTime() - started).compareTo(Duration.ofSeconds(5)) < 0);
        }
    }

    @Test
    void clientThatStopsReadingIsClosedAfterTheWriteTimeoutAndOthersAreServed() throws Exception {
        try (ClientSession session = NetconfTestClient.login(client, server.port(), "admin", PASSWORD);
             NetconfTestClient netconf = NetconfTestClient.open(session)) {
            netconf.hello("1.1");
            ChannelSubsystem channel = netconf.channel();
            // Far more replies than the 16 KiB client window holds; the client reads none of them.
            String rpc = "<rpc message-id=\"1\" xmlns=\"urn:ietf:params:xml:ns:netconf:base:1.0\">" + GET_RUNNING
                + "</rpc>";
            for (int i = 0; i < 300 && channel.isOpen(); i++) {
                netconf.send(rpc);
            }
            Set<ClientChannelEvent> events = channel.waitFor(CLOSED, Duration.ofSeconds(10));
            assertTrue(events.contains(ClientChannelEvent.CLOSED), events.toString());
        }
        try (NetconfTestClient other = connect()) {
            other.hello("1.1");
            assertTrue(other.rpc("1", GET_RUNNING).contains("<data"));
        }
    }

    @Test
    void silentConnectionIsClosedAfterTheIdleTimeout() throws Exception {
        try (NetconfTestClient netconf = connect()) {
            netconf.hello("1.1");
            Set<ClientChannelEvent> events = netconf.channel().waitFor(CLOSED, IDLE_TIMEOUT.multipliedBy(4));
            assertTrue(events.contains(ClientChannelEvent.CLOSED), events.toString());
        }
    }

    @Test
    void aSilentSubscriberIsNotClosedAsIdle() throws Exception {
        try (NetconfTestClient netconf = connect()) {
            netconf.hello("1.1");
            assertTrue(netconf.rpc("1", "<create-subscription xmlns=\"urn:ietf:params:xml:ns:netconf:notification:1.0\"/>")
                .contains("<ok/>"));
            Set<ClientChannelEvent> events = netconf.channel().waitFor(CLOSED, IDLE_TIMEOUT.multipliedBy(3));
            assertFalse(events.contains(ClientChannelEvent.CLOSED), events.toString());
            assertTrue(netconf.rpc("2", GET_RUNNING).contains("<data"));
        }
    }

    private static NetconfTestClient connect() throws IOException {
        return NetconfTestClient.open(NetconfTestClient.login(client, server.port(), "admin", PASSWORD));
    }

    /** The next message is an rpc-error with this tag, and the same session still answers an rpc. */
    private static void assertErrorThenUsable(NetconfTestClient netconf, String tag) throws Exception {
        String error = netconf.read().orElseThrow();
        assertTrue(error.contains("<error-tag>" + tag + "</error-tag>"), error);
        assertTrue(netconf.rpc("2", GET_RUNNING).contains("<data"));
    }
}
