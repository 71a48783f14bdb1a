package org.takahe.netconf;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.apache.sshd.client.SshClient;
import org.apache.sshd.client.keyverifier.AcceptAllServerKeyVerifier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.takahe.netconf.auth.UserDirectory;
import org.takahe.netconf.monitoring.SchemaSources;

class SessionLimitTest {

    @TempDir
    Path dataDir;

    @Test
    void sessionBeyondTheLimitIsClosedAndTheFirstKeepsWorking() throws Exception {
        UserDirectory.addUser(dataDir, "admin", "pw".toCharArray());
        NetconfSettings settings = NetconfSettings.defaults(dataDir.resolve("host-key")).withPort(0).withMaxSessions(1);
        try (NetconfServer server = new NetconfServer(settings, new UserDirectory(dataDir),
                new InMemoryDatastore(TestSchema.load()), () -> TestSchema.stateWithLeases(0),
                SchemaSources.none());
             SshClient client = SshClient.setUpDefaultClient()) {
            server.start();
            client.setServerKeyVerifier(AcceptAllServerKeyVerifier.INSTANCE);
            client.start();
            try (NetconfTestClient first = NetconfTestClient.open(
                    NetconfTestClient.login(client, server.port(), "admin", "pw"))) {
                first.hello("1.1");
                try (NetconfTestClient second = NetconfTestClient.open(
                        NetconfTestClient.login(client, server.port(), "admin", "pw"))) {
                    assertTrue(second.read().isEmpty(), "the second session must get no hello");
                }
                assertTrue(first.rpc("1", "<get-config><source><running/></source></get-config>").contains("<data"));
            }
        }
    }
}
