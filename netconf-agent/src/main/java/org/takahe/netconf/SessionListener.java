package org.takahe.netconf;

import java.util.List;

/**
 * Told when sessions begin and end, for the session events of RFC 6470 and for what a session
 * leaves behind (its subscription, its confirmed commit). Called on the session's own thread;
 * implementations must not block.
 */
public interface SessionListener {

    /** @param remoteAddress the client's address and port, as the transport gives it */
    void sessionStarted(long sessionId, String user, String remoteAddress);

    /** Called once, after the session has released its locks. */
    void sessionEnded(long sessionId, TerminationReason reason);

    /** Tells each listener in turn. */
    static SessionListener all(List<SessionListener> listeners) {
        List<SessionListener> copy = List.copyOf(listeners);
        return new SessionListener() {
            @Override
            public void sessionStarted(long sessionId, String user, String remoteAddress) {
                copy.forEach(listener -> listener.sessionStarted(sessionId, user, remoteAddress));
            }

            @Override
            public void sessionEnded(long sessionId, TerminationReason reason) {
                copy.forEach(listener -> listener.sessionEnded(sessionId, reason));
            }
        };
    }
}
