package org.takahe.netconf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.sshd.client.SshClient;
import org.apache.sshd.client.keyverifier.AcceptAllServerKeyVerifier;
import org.apache.sshd.client.session.ClientSession;
import org.apache.sshd.common.config.keys.PublicKeyEntry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opendaylight.yangtools.yang.model.api.EffectiveModelContext;
import org.takahe.datastore.DatastoreName;
import org.takahe.netconf.auth.UserDirectory;
import org.takahe.netconf.monitoring.SchemaSources;

/** Drives a real NetconfServer on a loopback port with sshd's own SSH client. */
class NetconfServerTest {

    private static final String PASSWORD = "correct horse";
    private static final String GET_RUNNING = "<get-config><source><running/></source></get-config>";

    @TempDir
    static Path dataDir;

    private static InMemoryDatastore datastore;
    private static NetconfServer server;
    private static SshClient client;

    @BeforeAll
    static void start() throws Exception {
        EffectiveModelContext schema = TestSchema.load();
        datastore = new InMemoryDatastore(schema);
        UserDirectory.addUser(dataDir, "admin", PASSWORD.toCharArray());
        NetconfSettings settings = NetconfSettings.defaults(dataDir.resolve("host-key")).withPort(0);
        server = new NetconfServer(settings, new UserDirectory(dataDir), datastore,
            () -> TestSchema.stateWithLeases(3), SchemaSources.none());
        server.start();
        client = SshClient.setUpDefaultClient();
        client.setServerKeyVerifier(AcceptAllServerKeyVerifier.INSTANCE);
        client.start();
    }

    @AfterAll
    static void stop() throws IOException {
        client.stop();
        server.close();
    }

    @Test
    void helloAdvertisesCapabilitiesAndChunkedFramingCarriesRpcs() throws Exception {
        try (NetconfTestClient netconf = connect()) {
            String hello = netconf.hello("1.0", "1.1");
            assertTrue(hello.contains("urn:ietf:params:netconf:base:1.1"), hello);
            assertTrue(hello.contains("urn:ietf:params:netconf:capability:candidate:1.0"), hello);
            assertTrue(hello.contains("urn:ietf:params:netconf:capability:writable-running:1.0"), hello);
            assertTrue(hello.contains(TestSchema.NS + "?module=nctest&amp;revision=2024-06-01"), hello);
            assertTrue(Pattern.compile("<session-id>[1-9][0-9]*</session-id>").matcher(hello).find(), hello);
            String reply = netconf.rpc("101", GET_RUNNING);
            assertTrue(reply.contains("message-id=\"101\""), reply);
            assertTrue(reply.contains("<data"), reply);
        }
    }

    @Test
    void base10ClientKeepsEndOfMessageFraming() throws Exception {
        try (NetconfTestClient netconf = connect()) {
            netconf.hello("1.0");
            assertTrue(netconf.rpc("7", GET_RUNNING).contains("<data"));
        }
    }

    @Test
    void editConfigAndCommitReachRunning() throws Exception {
        try (NetconfTestClient netconf = connect()) {
            netconf.hello("1.1");
            String edit = netconf.rpc("1", "<edit-config><target><candidate/></target><config>"
                + "<server xmlns=\"" + TestSchema.NS + "\"><name>committed-over-ssh</name></server>"
                + "</config></edit-config>");
            assertTrue(edit.contains("<ok/>"), edit);
            assertTrue(netconf.rpc("2", "<commit/>").contains("<ok/>"));
            assertTrue(netconf.rpc("3", GET_RUNNING).contains("committed-over-ssh"));
            String get = netconf.rpc("4", "<get/>");
            assertTrue(get.contains("<leases>3</leases>"), get);
        }
        assertTrue(datastore.read(DatastoreName.RUNNING).toString().contains("committed-over-ssh"));
    }

    @Test
    void malformedXmlGetsAnErrorAndTheSessionStaysUsable() throws Exception {
        try (NetconfTestClient netconf = connect()) {
            netconf.hello("1.1");
            netconf.send("<rpc message-id=\"5\" xmlns=\"urn:ietf:params:xml:ns:netconf:base:1.0\"><get>");
            String error = netconf.read().orElseThrow();
            assertTrue(error.contains("<error-tag>malformed-message</error-tag>"), error);
            assertTrue(netconf.rpc("6", GET_RUNNING).contains("message-id=\"6\""));
        }
    }

    @Test
    void wrongPasswordIsRefused() {
        assertThrows(IOException.class, () -> NetconfTestClient.login(client, server.port(), "admin", "wrong"));
    }

    @Test
    void publicKeyFromAuthorizedKeysIsAccepted() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(256);
        KeyPair keys = generator.generateKeyPair();
        Files.createDirectories(dataDir.resolve("authorized_keys"));
        Files.writeString(dataDir.resolve("authorized_keys").resolve("keyuser"),
            PublicKeyEntry.toString(keys.getPublic()) + " test\n");
        try (ClientSession session = client.connect("keyuser", "127.0.0.1", server.port())
                .verify(NetconfTestClient.TIMEOUT).getSession()) {
            session.addPublicKeyIdentity(keys);
            session.auth().verify(NetconfTestClient.TIMEOUT);
            try (NetconfTestClient netconf = NetconfTestClient.open(session)) {
                netconf.hello("1.1");
                assertTrue(netconf.rpc("1", GET_RUNNING).contains("<data"));
            }
        }
    }

    @Test
    void lockHeldByOneSessionIsDeniedToAnotherUntilTheHolderLeaves() throws Exception {
        try (NetconfTestClient second = connect()) {
            second.hello("1.1");
            String holderId;
            try (NetconfTestClient first = connect()) {
                holderId = sessionId(first.hello("1.1"));
                assertTrue(first.rpc("1", "<lock><target><startup/></target></lock>").contains("<ok/>"));
                String denied = second.rpc("2", "<lock><target><startup/></target></lock>");
                assertTrue(denied.contains("<error-tag>lock-denied</error-tag>"), denied);
                assertTrue(denied.contains("<session-id>" + holderId + "</session-id>"), denied);
            }
            String reply = "";
            for (int attempt = 0; attempt < 100 && !reply.contains("<ok/>"); attempt++) {
                reply = second.rpc("3", "<lock><target><startup/></target></lock>");
                if (!reply.contains("<ok/>")) {
                    Thread.sleep(20);
                }
            }
            assertTrue(reply.contains("<ok/>"), reply);
            assertTrue(second.rpc("4", "<unlock><target><startup/></target></unlock>").contains("<ok/>"));
        }
    }

    @Test
    void clientHelloWithoutBaseCapabilityEndsTheSession() throws Exception {
        try (NetconfTestClient netconf = connect()) {
            netconf.hello("9.9");
            assertEquals(Optional.empty(), netconf.read());
        }
    }

    @Test
    void malformedChunkHeaderEndsTheSession() throws Exception {
        try (NetconfTestClient netconf = connect()) {
            netconf.hello("1.1");
            netconf.sendRaw("\n#x\n<rpc/>\n##\n");
            assertEquals(Optional.empty(), netconf.read());
        }
    }

    @Test
    void closeSessionAnswersOkThenEndsTheSession() throws Exception {
        try (NetconfTestClient netconf = connect()) {
            netconf.hello("1.1");
            assertTrue(netconf.rpc("1", "<close-session/>").contains("<ok/>"));
            assertEquals(Optional.empty(), netconf.read());
        }
    }

    @Test
    void hostKeyIsKeptInItsFile() {
        assertTrue(Files.isRegularFile(dataDir.resolve("host-key")));
    }

    private static NetconfTestClient connect() throws IOException {
        return NetconfTestClient.open(NetconfTestClient.login(client, server.port(), "admin", PASSWORD));
    }

    private static String sessionId(String hello) {
        Matcher matcher = Pattern.compile("<session-id>([0-9]+)</session-id>").matcher(hello);
        assertTrue(matcher.find(), hello);
        return matcher.group(1);
    }
}
