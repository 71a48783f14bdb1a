package org.takahe.netconf.rpc;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.takahe.netconf.NetconfMessages;

/** {@code <kill-session>}: ends another session; its locks are released before the reply. */
final class KillSessionHandler implements RpcHandler {

    private static final Logger LOG = LoggerFactory.getLogger(KillSessionHandler.class);

    private final SessionRegistry sessions;
    private final DatastoreLocks locks;
    private final ServerEvents events;

    KillSessionHandler(SessionRegistry sessions, DatastoreLocks locks, ServerEvents events) {
        this.sessions = sessions;
        this.locks = locks;
        this.events = events;
    }

    @Override
    public RpcOutput handle(RpcRequest request) throws RpcException {
        String text = NetconfXml.text(NetconfXml.requiredBaseChild(request.operation(), "session-id"));
        long target;
        try {
            target = Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new RpcException(RpcError.invalidValue("session-id", "session-id must be a number"));
        }
        long own = request.session().sessionId();
        if (target == own) {
            throw new RpcException(RpcError.invalidValue("session-id", "use close-session to end this session"));
        }
        // Told first: the killed session may end, and report its end, before kill returns.
        events.sessionKilled(target, own);
        if (!sessions.kill(target)) {
            throw new RpcException(RpcError.invalidValue("session-id", "no session " + target));
        }
        locks.releaseAll(target);
        NetconfMessages.NETCONF_SESSION_KILLED.log(LOG, target, own);
        return RpcOutput.OK;
    }
}
