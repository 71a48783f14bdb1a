package org.takahe.netconf;

import org.slf4j.event.Level;
import org.takahe.common.log.LogFormat;
import org.takahe.common.log.LogMessage;

/**
 * Every log message of the NETCONF agent. IDs are stable: never rename or reuse one; the
 * catalogue in docs/log-messages.md lists them.
 */
public enum NetconfMessages implements LogMessage {
    NETCONF_SERVER_STARTED(Level.INFO, "NETCONF server listening on {}"),
    NETCONF_SERVER_STOPPED(Level.INFO, "NETCONF server stopped"),
    NETCONF_SESSION_START(Level.INFO, "session {} started for user {} from {}"),
    NETCONF_SESSION_END(Level.INFO, "session {} of user {} from {} ended: {}"),
    NETCONF_SESSION_REFUSED(Level.WARN, "session for user {} from {} refused: {} sessions already open"),
    NETCONF_AUTH_FAILED(Level.WARN, "{} authentication failed for user {} from {}"),
    NETCONF_UNAUTHENTICATED_LIMIT(Level.WARN,
        "connection from {} refused: {} connections are already waiting to log in"),
    NETCONF_LOGIN_NOT_COMPLETED(Level.INFO,
        "connection from {} closed before it logged in (login grace time {})"),
    NETCONF_AUTH_FILE_UNREADABLE(Level.ERROR, "cannot read user file {}: {}"),
    NETCONF_HELLO_REJECTED(Level.WARN, "session {}: client hello rejected: {}"),
    NETCONF_FRAMING_ERROR(Level.WARN, "session {}: framing error, closing session: {}"),
    NETCONF_MALFORMED_MESSAGE(Level.WARN, "session {}: malformed message: {}"),
    NETCONF_MESSAGE_TOO_BIG(Level.WARN, "session {}: message longer than {} bytes dropped; answered too-big"),
    NETCONF_RPC_ERROR_SENT(Level.INFO, "session {}: rpc {} failed: {} {}"),
    NETCONF_RPC_FAILED_INTERNAL(Level.ERROR, "session {}: rpc {} failed unexpectedly"),
    NETCONF_SESSION_KILLED(Level.INFO, "session {} killed by session {}"),
    NETCONF_CONFIG_COMMITTED(Level.INFO, "session {} (user {}) committed a configuration change to running"),
    NETCONF_ADMIN_BOOTSTRAPPED(Level.WARN, "no users were configured: created user admin, password in {}"),
    NETCONF_HELLO_TIMEOUT(Level.WARN, "session {}: no client hello within {}, closing session"),
    NETCONF_WRITE_TIMEOUT(Level.WARN, "session {}: client stopped reading replies, closing session: {}"),
    NETCONF_SUBSCRIPTION_CREATED(Level.INFO, "session {} subscribed to the NETCONF stream (startTime {}, stopTime {})"),
    NETCONF_NOTIFICATION_QUEUE_FULL(Level.WARN,
        "session {} does not read its notifications ({} waiting); closing the session rather than buffer more"),
    NETCONF_CONFIRMED_COMMIT_STARTED(Level.INFO,
        "session {} made a confirmed commit; it is rolled back unless confirmed within {} s ({})"),
    NETCONF_CONFIRMED_COMMIT_COMPLETED(Level.INFO, "session {} confirmed the pending confirmed commit"),
    NETCONF_CONFIRMED_COMMIT_ROLLED_BACK(Level.WARN,
        "the confirmed commit of session {} was rolled back because {}; running is as it was before it"),
    NETCONF_ROLLBACK_POINT_NOT_CLEARED(Level.ERROR,
        "the confirmed commit is over but its rollback point could not be removed; remove it before the next"
            + " start or running will be rolled back then: {}"),
    NETCONF_CONFIRMED_COMMIT_ROLLBACK_FAILED(Level.ERROR,
        "the confirmed commit of session {} should be rolled back because {}, but the rollback failed: {}");

    private final LogFormat format;

    NetconfMessages(Level level, String template) {
        this.format = new LogFormat(level, template);
    }

    @Override
    public LogFormat format() {
        return format;
    }
}
