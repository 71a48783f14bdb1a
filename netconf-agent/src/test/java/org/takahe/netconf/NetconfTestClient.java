package org.takahe.netconf;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import org.apache.sshd.client.SshClient;
import org.apache.sshd.client.channel.ChannelSubsystem;
import org.apache.sshd.client.session.ClientSession;
import org.takahe.netconf.framing.FrameReader;
import org.takahe.netconf.framing.FrameWriter;
import org.takahe.netconf.framing.FramingException;
import org.takahe.netconf.framing.FramingLimits;
import org.takahe.netconf.framing.MessageTooBigException;

/** A bare NETCONF client over sshd's SshClient, framing with the agent's own framer classes. */
final class NetconfTestClient implements AutoCloseable {

    static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final ClientSession session;
    private final ChannelSubsystem channel;
    private final FrameReader reader;
    private final FrameWriter writer;

    private NetconfTestClient(ClientSession session, ChannelSubsystem channel) {
        this.session = session;
        this.channel = channel;
        this.reader = new FrameReader(channel.getInvertedOut(), FramingLimits.DEFAULT);
        this.writer = new FrameWriter(channel.getInvertedIn(), FramingLimits.DEFAULT);
    }

    /** Logs in (already authenticated session) and opens the netconf subsystem. */
    static NetconfTestClient open(ClientSession session) throws IOException {
        ChannelSubsystem channel = session.createSubsystemChannel("netconf");
        channel.open().verify(TIMEOUT);
        return new NetconfTestClient(session, channel);
    }

    static ClientSession login(SshClient client, int port, String user, String password) throws IOException {
        ClientSession session = client.connect(user, "127.0.0.1", port).verify(TIMEOUT).getSession();
        session.addPasswordIdentity(password);
        try {
            session.auth().verify(TIMEOUT);
        } catch (IOException e) {
            session.close(true);
            throw e;
        }
        return session;
    }

    ChannelSubsystem channel() {
        return channel;
    }

    /** Reads the next message, or empty when the server closed the channel. */
    Optional<String> read() throws IOException, FramingException {
        try {
            return reader.read().map(bytes -> new String(bytes, StandardCharsets.UTF_8));
        } catch (MessageTooBigException e) {
            throw new IOException("the server sent a message beyond the client's limit", e);
        }
    }

    void send(String message) throws IOException {
        writer.write(message.getBytes(StandardCharsets.UTF_8));
    }

    /** Writes bytes as they are, bypassing the framer. */
    void sendRaw(String bytes) throws IOException {
        channel.getInvertedIn().write(bytes.getBytes(StandardCharsets.UTF_8));
        channel.getInvertedIn().flush();
    }

    /** Reads the server hello and answers with a hello offering the given base capabilities. */
    String hello(String... baseVersions) throws IOException, FramingException {
        String serverHello = read().orElseThrow();
        StringBuilder hello = new StringBuilder("<hello xmlns=\"urn:ietf:params:xml:ns:netconf:base:1.0\">"
            + "<capabilities>");
        for (String version : baseVersions) {
            hello.append("<capability>urn:ietf:params:netconf:base:").append(version).append("</capability>");
        }
        send(hello.append("</capabilities></hello>").toString());
        if (java.util.List.of(baseVersions).contains("1.1")) {
            reader.useChunked();
            writer.useChunked();
        }
        return serverHello;
    }

    String rpc(String id, String operation) throws IOException, FramingException {
        send("<rpc message-id=\"" + id + "\" xmlns=\"urn:ietf:params:xml:ns:netconf:base:1.0\">" + operation
            + "</rpc>");
        return read().orElseThrow();
    }

    @Override
    public void close() throws IOException {
        channel.close(true);
        session.close(true);
    }
}
