package org.takahe.netconf.ssh;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.sshd.common.session.Session;
import org.apache.sshd.common.session.SessionListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.takahe.netconf.NetconfMessages;

/**
 * Caps the SSH connections that have not logged in yet, like OpenSSH's MaxStartups: each holds
 * a key exchange's worth of memory and CPU before the NETCONF session limit can count it, so
 * without a cap anyone who can reach the port could open them without end. Together with the
 * login grace time (sshd's auth timeout) a connection is counted for a bounded time only.
 */
public final class UnauthenticatedLimit implements SessionListener {

    private static final Logger LOG = LoggerFactory.getLogger(UnauthenticatedLimit.class);

    private final int max;
    private final Duration loginGraceTime;
    private final Set<Session> waiting = ConcurrentHashMap.newKeySet();

    /**
     * @param max connections allowed to wait for a login at once; more are closed at once
     * @param loginGraceTime how long sshd lets a connection take to log in, for the log
     */
    public UnauthenticatedLimit(int max, Duration loginGraceTime) {
        this.max = max;
        this.loginGraceTime = loginGraceTime;
    }

    @Override
    public void sessionCreated(Session session) {
        waiting.add(session);
        if (waiting.size() > max) {
            waiting.remove(session);
            NetconfMessages.NETCONF_UNAUTHENTICATED_LIMIT.log(LOG, session.getRemoteAddress(), max);
            session.close(true);
        }
    }

    @Override
    public void sessionEvent(Session session, Event event) {
        if (event == Event.Authenticated) {
            waiting.remove(session);
        }
    }

    @Override
    public void sessionClosed(Session session) {
        if (waiting.remove(session)) {
            NetconfMessages.NETCONF_LOGIN_NOT_COMPLETED.log(LOG, session.getRemoteAddress(), loginGraceTime);
        }
    }
}
