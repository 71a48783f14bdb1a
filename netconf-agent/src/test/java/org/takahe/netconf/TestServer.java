package org.takahe.netconf;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.sshd.client.SshClient;
import org.apache.sshd.client.keyverifier.AcceptAllServerKeyVerifier;
import org.opendaylight.yangtools.yang.model.api.EffectiveModelContext;
import org.takahe.netconf.auth.UserDirectory;
import org.takahe.netconf.framing.FramingException;
import org.takahe.netconf.monitoring.SchemaSources;

/** A NetconfServer on a loopback port over the test datastore, with an SSH client to reach it. */
final class TestServer implements AutoCloseable {

    static final String PASSWORD = "pw";

    final InMemoryDatastore datastore;
    private final NetconfServer server;
    private final SshClient client;

    TestServer(Path dataDir) throws Exception {
        this(dataDir, TestSchema.load(), SchemaSources.none());
    }

    /** Over a schema of its own, whose source texts get-schema serves. */
    TestServer(Path dataDir, EffectiveModelContext schema, SchemaSources sources) throws Exception {
        datastore = new InMemoryDatastore(schema);
        UserDirectory.addUser(dataDir, "admin", PASSWORD.toCharArray());
        server = new NetconfServer(NetconfSettings.defaults(dataDir.resolve("host-key")).withPort(0),
            new UserDirectory(dataDir), datastore, () -> TestSchema.stateWithLeases(0), sources);
        server.start();
        client = SshClient.setUpDefaultClient();
        client.setServerKeyVerifier(AcceptAllServerKeyVerifier.INSTANCE);
        client.start();
    }

    /** A session past its hello, on base:1.1. */
    Session connect() throws IOException, FramingException {
        NetconfTestClient netconf = NetconfTestClient.open(NetconfTestClient.login(client, server.port(), "admin",
            PASSWORD));
        String hello = netconf.hello("1.1");
        Matcher matcher = Pattern.compile("<session-id>([0-9]+)</session-id>").matcher(hello);
        if (!matcher.find()) {
            throw new IllegalStateException("no session-id in " + hello);
        }
        return new Session(netconf, Long.parseLong(matcher.group(1)), hello);
    }

    @Override
    public void close() throws IOException {
        client.stop();
        server.close();
    }

    /** A client session that sets aside the notifications arriving between replies. */
    static final class Session implements AutoCloseable {
        final NetconfTestClient netconf;
        final long id;
        final String hello;
        private final List<String> notifications = new ArrayList<>();

        Session(NetconfTestClient netconf, long id, String hello) {
            this.netconf = netconf;
            this.id = id;
            this.hello = hello;
        }

        /** The reply to an rpc; notifications that come first are kept for {@link #notification}. */
        String rpc(String operation) throws IOException, FramingException {
            netconf.send("<rpc message-id=\"m\" xmlns=\"urn:ietf:params:xml:ns:netconf:base:1.0\">" + operation
                + "</rpc>");
            while (true) {
                String message = netconf.read().orElseThrow();
                if (message.contains("<rpc-reply")) {
                    return message;
                }
                notifications.add(message);
            }
        }

        /** The next notification whose text contains {@code marker}, skipping others. */
        String notification(String marker) throws IOException, FramingException {
            while (true) {
                Optional<String> kept = notifications.stream().filter(text -> text.contains(marker)).findFirst();
                if (kept.isPresent()) {
                    notifications.subList(0, notifications.indexOf(kept.get()) + 1).clear();
                    return kept.get();
                }
                notifications.add(netconf.read().orElseThrow());
            }
        }

        /** The next message, notification or not. */
        String next() throws IOException, FramingException {
            return notifications.isEmpty() ? netconf.read().orElseThrow() : notifications.removeFirst();
        }

        @Override
        public void close() throws IOException {
            netconf.close();
        }
    }
}
