package org.takahe.netconf;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import org.apache.sshd.client.SshClient;
import org.apache.sshd.client.keyverifier.AcceptAllServerKeyVerifier;
import org.apache.sshd.client.session.ClientSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.takahe.netconf.auth.UserDirectory;
import org.takahe.netconf.monitoring.SchemaSources;

/** Connections that have not logged in are capped and given a bounded time to log in. */
@Timeout(20)
class LoginLimitTest {

    private static final Duration WAIT = Duration.ofSeconds(5);

    @TempDir
    Path dataDir;

    private NetconfServer server;
    private SshClient client;

    private void start(int maxUnauthenticated, Duration loginGraceTime) throws Exception {
        UserDirectory.addUser(dataDir, "admin", "pw".toCharArray());
        NetconfSettings settings = NetconfSettings.defaults(dataDir.resolve("host-key")).withPort(0)
            .withLoginLimits(maxUnauthenticated, loginGraceTime);
        server = new NetconfServer(settings, new UserDirectory(dataDir), new InMemoryDatastore(TestSchema.load()),
            () -> TestSchema.stateWithLeases(0), SchemaSources.none());
        server.start();
        client = SshClient.setUpDefaultClient();
        client.setServerKeyVerifier(AcceptAllServerKeyVerifier.INSTANCE);
        client.start();
    }

    @AfterEach
    void stop() throws Exception {
        client.stop();
        server.close();
    }

    private ClientSession connectWithoutLogin() throws Exception {
        return client.connect("admin", "127.0.0.1", server.port()).verify(WAIT).getSession();
    }

    private static boolean closedWithin(ClientSession session, Duration timeout) {
        return session.waitFor(EnumSet.of(ClientSession.ClientSessionEvent.CLOSED), timeout)
            .contains(ClientSession.ClientSessionEvent.CLOSED);
    }

    @Test
    void connectionBeyondTheCapOfThoseNotLoggedInIsClosedWhileALoggedInOneIsNotCounted() throws Exception {
        start(1, NetconfSettings.DEFAULT_LOGIN_GRACE_TIME);
        try (ClientSession waiting = connectWithoutLogin();
             ClientSession refused = connectWithoutLogin()) {
            assertTrue(closedWithin(refused, WAIT), "the second connection waiting to log in is refused");
            assertFalse(waiting.isClosed());
            waiting.addPasswordIdentity("pw");
            waiting.auth().verify(WAIT);
            try (NetconfTestClient netconf = NetconfTestClient.open(
                    NetconfTestClient.login(client, server.port(), "admin", "pw"))) {
                netconf.hello("1.1");
                assertTrue(netconf.rpc("1", "<get-config><source><running/></source></get-config>").contains("<data"));
            }
        }
    }

    @Test
    void connectionThatDoesNotLogInWithinTheGraceTimeIsClosed() throws Exception {
        start(NetconfSettings.DEFAULT_MAX_UNAUTHENTICATED, Duration.ofSeconds(1));
        try (ClientSession idle = connectWithoutLogin()) {
            assertTrue(closedWithin(idle, WAIT));
        }
    }
}
