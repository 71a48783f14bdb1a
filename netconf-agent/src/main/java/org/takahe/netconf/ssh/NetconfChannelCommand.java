package org.takahe.netconf.ssh;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.apache.sshd.core.CoreModuleProperties;
import org.apache.sshd.server.Environment;
import org.apache.sshd.server.ExitCallback;
import org.apache.sshd.server.channel.ChannelSession;
import org.apache.sshd.server.command.Command;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.takahe.netconf.NetconfMessages;
import org.takahe.netconf.NetconfSession;
import org.takahe.netconf.SessionServices;

/**
 * Binds one SSH channel to one {@link NetconfSession}. sshd hands over the streams, then calls
 * {@link #start}; the session runs on a virtual thread of its own because it blocks on reads,
 * writes and datastore work. {@link #destroy} (channel closed) releases the session's locks even if
 * that thread is still busy. A client that opens the channel but never sends its hello holds a
 * session slot, so the channel is closed when no hello has come within the hello timeout.
 */
final class NetconfChannelCommand implements Command {

    private static final Logger LOG = LoggerFactory.getLogger(NetconfChannelCommand.class);

    private final SessionServices services;
    private final Duration helloTimeout;
    private @Nullable InputStream in;
    private @Nullable OutputStream out;
    private @Nullable ExitCallback exitCallback;
    private volatile @Nullable NetconfSession session;

    NetconfChannelCommand(SessionServices services, Duration helloTimeout) {
        this.services = services;
        this.helloTimeout = helloTimeout;
    }

    @Override
    public void setInputStream(InputStream in) {
        this.in = in;
    }

    @Override
    public void setOutputStream(OutputStream out) {
        this.out = out;
    }

    @Override
    public void setErrorStream(OutputStream err) {
        // NETCONF uses stdout only.
    }

    @Override
    public void setExitCallback(ExitCallback callback) {
        this.exitCallback = callback;
    }

    @Override
    public void start(ChannelSession channel, Environment env) throws IOException {
        String user = channel.getSession().getUsername();
        String remote = String.valueOf(channel.getSession().getRemoteAddress());
        SocketAddress address = channel.getSession().getRemoteAddress();
        Optional<String> sourceHost = address instanceof InetSocketAddress inet && inet.getAddress() != null
            ? Optional.of(inet.getAddress().getHostAddress()) : Optional.empty();
        OptionalLong id = services.sessions().open(user, sourceHost, () -> channel.close(false));
        if (id.isEmpty()) {
            NetconfMessages.NETCONF_SESSION_REFUSED.log(LOG, user, remote, services.sessions().openSessions());
            // Exiting closes the channel, so the client sees the refusal at once rather than a silent channel.
            exit(1, "too many NETCONF sessions");
            return;
        }
        // A subscriber may listen for hours without a word (RFC 5277): its connection is not idle.
        Runnable keepOpenWhileIdle = () -> CoreModuleProperties.IDLE_TIMEOUT.set(channel.getSession(), Duration.ZERO);
        NetconfSession started = new NetconfSession(id.getAsLong(), user, remote, services, require(in), require(out),
            keepOpenWhileIdle);
        session = started;
        ScheduledFuture<?> helloDeadline = channel.getSession().getFactoryManager().getScheduledExecutorService()
            .schedule(() -> {
                if (!started.helloReceived()) {
                    NetconfMessages.NETCONF_HELLO_TIMEOUT.log(LOG, started.sessionId(), helloTimeout);
                    channel.close(false);
                }
            }, helloTimeout.toMillis(), TimeUnit.MILLISECONDS);
        Thread.ofVirtual().name("netconf-session-" + id.getAsLong()).start(() -> {
            started.run();
            helloDeadline.cancel(false);
            exit(0, "");
        });
    }

    private void exit(int status, String message) {
        ExitCallback callback = exitCallback;
        if (callback != null) {
            callback.onExit(status, message);
        }
    }

    @Override
    public void destroy(ChannelSession channel) {
        NetconfSession current = session;
        if (current != null) {
            current.release();
        }
    }

    private static <T> T require(@Nullable T stream) throws IOException {
        if (stream == null) {
            throw new IOException("sshd started the subsystem without its streams");
        }
        return stream;
    }
}
