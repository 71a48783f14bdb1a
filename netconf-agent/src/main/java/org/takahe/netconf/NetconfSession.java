package org.takahe.netconf;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.SocketTimeoutException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.takahe.netconf.framing.FrameReader;
import org.takahe.netconf.framing.FrameWriter;
import org.takahe.netconf.framing.FramingException;
import org.takahe.netconf.framing.MessageTooBigException;
import org.takahe.netconf.rpc.RpcCounter;
import org.takahe.netconf.rpc.SessionContext;

/**
 * One NETCONF session over a pair of byte streams: the hello exchange, then one rpc at a time
 * until the client leaves, sends close-session, is killed, or breaks the framing. {@link #run()}
 * blocks, so it runs on a thread of its own, never on an SSH I/O thread.
 */
public final class NetconfSession implements SessionContext {

    private static final Logger LOG = LoggerFactory.getLogger(NetconfSession.class);

    private final long sessionId;
    private final String user;
    private final String remoteAddress;
    private final SessionServices services;
    private final FrameReader reader;
    private final FrameWriter writer;
    private final Runnable keepOpenWhileIdle;
    private boolean closeRequested;
    private final List<Runnable> afterReply = new ArrayList<>();
    private volatile boolean helloReceived;
    private boolean base11;

    /**
     * @param keepOpenWhileIdle exempts the transport from its idle timeout, for a session that
     *     carries a notification subscription
     */
    public NetconfSession(long sessionId, String user, String remoteAddress, SessionServices services,
            InputStream in, OutputStream out, Runnable keepOpenWhileIdle) {
        this.sessionId = sessionId;
        this.user = user;
        this.remoteAddress = remoteAddress;
        this.services = services;
        this.reader = new FrameReader(in, services.limits());
        this.writer = new FrameWriter(out, services.limits());
        this.keepOpenWhileIdle = keepOpenWhileIdle;
    }

    @Override
    public long sessionId() {
        return sessionId;
    }

    @Override
    public String user() {
        return user;
    }

    /** Whether the client's hello has arrived (accepted or not); until then a hello timeout may end the session. */
    public boolean helloReceived() {
        return helloReceived;
    }

    @Override
    public boolean base11() {
        return base11;
    }

    @Override
    public void closeAfterReply() {
        closeRequested = true;
        services.sessions().closeRequested(sessionId);
    }

    @Override
    public void subscribed() {
        keepOpenWhileIdle.run();
    }

    @Override
    public void afterReply(Runnable action) {
        afterReply.add(action);
    }

    /** A notification: written, then counted for RFC 6022's out-notifications. */
    @Override
    public void send(byte[] message) throws IOException {
        write(message);
        services.sessions().count(sessionId, RpcCounter.OUT_NOTIFICATIONS);
    }

    /** Replies and notifications share the writer; one message is written whole before the next. */
    private void write(byte[] message) throws IOException {
        synchronized (writer) {
            writer.write(message);
        }
    }

    /** How the session ended: the RFC 6470 reason and the words for the log. */
    private record Ending(TerminationReason reason, String text) {
    }

    /** Serves the session until it ends, then releases everything it held. */
    public void run() {
        NetconfMessages.NETCONF_SESSION_START.log(LOG, sessionId, user, remoteAddress);
        services.listener().sessionStarted(sessionId, user, remoteAddress);
        Ending ending = new Ending(TerminationReason.OTHER, "failed");
        try {
            ending = serve();
        } catch (FramingException e) {
            NetconfMessages.NETCONF_FRAMING_ERROR.log(LOG, sessionId, e.getMessage());
            ending = new Ending(TerminationReason.OTHER, "framing error");
        } catch (SocketTimeoutException e) {
            NetconfMessages.NETCONF_WRITE_TIMEOUT.log(LOG, sessionId, e.getMessage());
            ending = new Ending(TerminationReason.TIMEOUT, "client stopped reading");
        } catch (IOException e) {
            ending = new Ending(TerminationReason.DROPPED, "transport closed (" + e.getMessage() + ")");
        } finally {
            release();
            services.listener().sessionEnded(sessionId, ending.reason());
        }
        NetconfMessages.NETCONF_SESSION_END.log(LOG, sessionId, user, remoteAddress, ending.text());
    }

    /** Gives up the session's locks and its place in the registry; harmless if repeated. */
    public void release() {
        services.locks().releaseAll(sessionId);
        services.sessions().close(sessionId);
    }

    private Ending serve() throws IOException, FramingException {
        writer.write(services.hello().serverHello(sessionId));
        Optional<byte[]> clientHello;
        try {
            clientHello = reader.read();
        } catch (MessageTooBigException e) {
            NetconfMessages.NETCONF_HELLO_REJECTED.log(LOG, sessionId, e.getMessage());
            services.sessions().badHello();
            return new Ending(TerminationReason.BAD_HELLO, "hello rejected");
        }
        if (clientHello.isEmpty()) {
            return new Ending(TerminationReason.DROPPED, "client left before its hello");
        }
        helloReceived = true;
        try {
            if (services.hello().acceptClientHello(clientHello.get())) {
                base11 = true;
                reader.useChunked();
                writer.useChunked();
            }
        } catch (HelloExchange.HelloRejectedException e) {
            NetconfMessages.NETCONF_HELLO_REJECTED.log(LOG, sessionId, e.getMessage());
            services.sessions().badHello();
            return new Ending(TerminationReason.BAD_HELLO, "hello rejected");
        }
        while (true) {
            Optional<byte[]> message;
            try {
                message = reader.read();
            } catch (MessageTooBigException e) {
                write(services.dispatcher().tooBig(this, e.limit()));
                continue;
            }
            if (message.isEmpty()) {
                return new Ending(TerminationReason.DROPPED, "client closed the channel");
            }
            write(services.dispatcher().dispatch(message.get(), this));
            afterReply.forEach(Runnable::run);
            afterReply.clear();
            if (closeRequested) {
                return new Ending(TerminationReason.CLOSED, "close-session");
            }
        }
    }
}
