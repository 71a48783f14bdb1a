package org.takahe.netconf;

import java.nio.file.Path;
import java.time.Duration;
import org.takahe.netconf.framing.FramingLimits;

/**
 * How the NETCONF server listens.
 *
 * @param bindAddress address to listen on; loopback unless the operator opens it up
 * @param port TCP port; 0 picks a free one (see {@link NetconfServer#port()})
 * @param hostKeyFile the SSH host key, generated (EC P-256) on first start and kept after
 * @param idleTimeout an SSH connection silent this long is closed
 * @param helloTimeout a session whose client has not sent its hello this long after the server's is closed
 * @param writeTimeout a session whose client reads nothing (the SSH window stays full) this long is closed, so
 *     a client that stops reading holds one blocked session thread, never a growing buffer
 * @param maxSessions NETCONF sessions open at once; more are refused
 * @param framing message and chunk size bounds
 * @param maxUnauthenticated SSH connections that have not logged in yet allowed at once; more are closed
 * @param loginGraceTime an SSH connection that has not logged in this long after connecting is closed
 */
public record NetconfSettings(String bindAddress, int port, Path hostKeyFile, Duration idleTimeout,
        Duration helloTimeout, Duration writeTimeout, int maxSessions, FramingLimits framing,
        int maxUnauthenticated, Duration loginGraceTime) {

    public static final String DEFAULT_BIND_ADDRESS = "127.0.0.1";
    public static final int DEFAULT_PORT = 8830;
    public static final Duration DEFAULT_IDLE_TIMEOUT = Duration.ofMinutes(30);
    public static final Duration DEFAULT_HELLO_TIMEOUT = Duration.ofSeconds(60);
    public static final Duration DEFAULT_WRITE_TIMEOUT = Duration.ofSeconds(60);
    public static final int DEFAULT_MAX_SESSIONS = 16;
    /** As OpenSSH's MaxStartups. */
    public static final int DEFAULT_MAX_UNAUTHENTICATED = 10;
    /** A quarter of sshd's default two minutes: a NETCONF client logs in at once or not at all. */
    public static final Duration DEFAULT_LOGIN_GRACE_TIME = Duration.ofSeconds(30);

    public NetconfSettings {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port out of range: " + port);
        }
        for (Duration timeout : new Duration[] {idleTimeout, helloTimeout, writeTimeout, loginGraceTime}) {
            if (timeout.isNegative() || timeout.isZero()) {
                throw new IllegalArgumentException("timeouts must be positive");
            }
        }
        if (maxSessions < 1) {
            throw new IllegalArgumentException("at least one session must be allowed");
        }
        if (maxUnauthenticated < 1) {
            throw new IllegalArgumentException("at least one connection must be allowed to log in");
        }
    }

    /** The defaults, with the host key kept in the given file. */
    public static NetconfSettings defaults(Path hostKeyFile) {
        return new NetconfSettings(DEFAULT_BIND_ADDRESS, DEFAULT_PORT, hostKeyFile, DEFAULT_IDLE_TIMEOUT,
            DEFAULT_HELLO_TIMEOUT, DEFAULT_WRITE_TIMEOUT, DEFAULT_MAX_SESSIONS, FramingLimits.DEFAULT,
            DEFAULT_MAX_UNAUTHENTICATED, DEFAULT_LOGIN_GRACE_TIME);
    }

    public NetconfSettings withPort(int newPort) {
        return new NetconfSettings(bindAddress, newPort, hostKeyFile, idleTimeout, helloTimeout, writeTimeout,
            maxSessions, framing, maxUnauthenticated, loginGraceTime);
    }

    public NetconfSettings withBindAddress(String newBindAddress) {
        return new NetconfSettings(newBindAddress, port, hostKeyFile, idleTimeout, helloTimeout, writeTimeout,
            maxSessions, framing, maxUnauthenticated, loginGraceTime);
    }

    public NetconfSettings withMaxSessions(int newMaxSessions) {
        return new NetconfSettings(bindAddress, port, hostKeyFile, idleTimeout, helloTimeout, writeTimeout,
            newMaxSessions, framing, maxUnauthenticated, loginGraceTime);
    }

    /** The same settings with other idle, hello and write timeouts. */
    public NetconfSettings withTimeouts(Duration newIdleTimeout, Duration newHelloTimeout, Duration newWriteTimeout) {
        return new NetconfSettings(bindAddress, port, hostKeyFile, newIdleTimeout, newHelloTimeout, newWriteTimeout,
            maxSessions, framing, maxUnauthenticated, loginGraceTime);
    }

    public NetconfSettings withFraming(FramingLimits newFraming) {
        return new NetconfSettings(bindAddress, port, hostKeyFile, idleTimeout, helloTimeout, writeTimeout,
            maxSessions, newFraming, maxUnauthenticated, loginGraceTime);
    }

    /** The same settings with another cap on connections not logged in yet and another login grace time. */
    public NetconfSettings withLoginLimits(int newMaxUnauthenticated, Duration newLoginGraceTime) {
        return new NetconfSettings(bindAddress, port, hostKeyFile, idleTimeout, helloTimeout, writeTimeout,
            maxSessions, framing, newMaxUnauthenticated, newLoginGraceTime);
    }
}
