package org.takahe.netconf;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.takahe.netconf.framing.FrameReader;
import org.takahe.netconf.framing.FrameWriter;
import org.takahe.netconf.framing.FramingException;
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
    private boolean closeRequested;

    public NetconfSession(long sessionId, String user, String remoteAddress, SessionServices services,
            InputStream in, OutputStream out) {
        this.sessionId = sessionId;
        this.user = user;
        this.remoteAddress = remoteAddress;
        this.services = services;
        this.reader = new FrameReader(in, services.limits());
        this.writer = new FrameWriter(out, services.limits());
    }

    @Override
    public long sessionId() {
        return sessionId;
    }

    @Override
    public String user() {
        return user;
    }

    @Override
    public void closeAfterReply() {
        closeRequested = true;
    }

    /** Serves the session until it ends, then releases everything it held. */
    public void run() {
        NetconfMessages.NETCONF_SESSION_START.log(LOG, sessionId, user, remoteAddress);
        String reason;
        try {
            reason = serve();
        } catch (FramingException e) {
            NetconfMessages.NETCONF_FRAMING_ERROR.log(LOG, sessionId, e.getMessage());
            reason = "framing error";
        } catch (IOException e) {
            reason = "transport closed (" + e.getMessage() + ")";
        } finally {
            release();
        }
        NetconfMessages.NETCONF_SESSION_END.log(LOG, sessionId, user, remoteAddress, reason);
    }

    /** Gives up the session's locks and its place in the registry; harmless if repeated. */
    public void release() {
        services.locks().releaseAll(sessionId);
        services.sessions().close(sessionId);
    }

    private String serve() throws IOException, FramingException {
        writer.write(services.hello().serverHello(sessionId));
        Optional<byte[]> clientHello = reader.read();
        if (clientHello.isEmpty()) {
            return "client left before its hello";
        }
        try {
            if (services.hello().acceptClientHello(clientHello.get())) {
                reader.useChunked();
                writer.useChunked();
            }
        } catch (HelloExchange.HelloRejectedException e) {
            NetconfMessages.NETCONF_HELLO_REJECTED.log(LOG, sessionId, e.getMessage());
            return "hello rejected";
        }
        while (true) {
            Optional<byte[]> message = reader.read();
            if (message.isEmpty()) {
                return "client closed the channel";
            }
            writer.write(services.dispatcher().dispatch(message.get(), this));
            if (closeRequested) {
                return "close-session";
            }
        }
    }
}
