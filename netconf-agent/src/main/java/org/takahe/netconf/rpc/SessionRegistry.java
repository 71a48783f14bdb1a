package org.takahe.netconf.rpc;

import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The live NETCONF sessions of one server: hands out session-ids (from 1; 0 means "not a NETCONF
 * session" in lock errors), enforces the session limit and finds a session for kill-session.
 */
public final class SessionRegistry {

    private final int maxSessions;
    private final Map<Long, Runnable> terminators = new ConcurrentHashMap<>();
    private long lastId;

    public SessionRegistry(int maxSessions) {
        this.maxSessions = maxSessions;
    }

    /**
     * Registers a new session.
     *
     * @param terminate ends the session from another thread (kill-session)
     * @return its session-id, or empty when the limit is reached
     */
    public synchronized OptionalLong open(Runnable terminate) {
        if (terminators.size() >= maxSessions) {
            return OptionalLong.empty();
        }
        long id = ++lastId;
        terminators.put(id, terminate);
        return OptionalLong.of(id);
    }

    /** Forgets a session that has ended; harmless if called twice. */
    public void close(long sessionId) {
        terminators.remove(sessionId);
    }

    /** Ends another session; false when there is no such session. */
    public boolean kill(long sessionId) {
        Runnable terminate = terminators.remove(sessionId);
        if (terminate == null) {
            return false;
        }
        terminate.run();
        return true;
    }

    public int openSessions() {
        return terminators.size();
    }
}
