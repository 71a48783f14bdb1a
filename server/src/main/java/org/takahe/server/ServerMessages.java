package org.takahe.server;

import org.slf4j.event.Level;
import org.takahe.common.log.LogFormat;
import org.takahe.common.log.LogMessage;

/** Log messages of the server process; each ID is listed in docs/log-messages.md. */
public enum ServerMessages implements LogMessage {
    SERVER_STARTING(Level.INFO, "Takahe {} starting; data directory {}"),
    SERVER_STARTED(Level.INFO, "Takahe started in {} ms; NETCONF on {}:{}"),
    SERVER_STOPPING(Level.INFO, "Takahe stopping"),
    SERVER_START_FAILED(Level.ERROR, "Takahe could not start: {}"),
    SERVER_HOOKS_SCANNED(Level.INFO, "hook library jars in {}: {}; libraries found: {}"),
    SERVER_HOOKS_DIRECTORY_UNREADABLE(Level.WARN, "hooks directory {} cannot be read: {}"),
    SERVER_HOOK_PROVIDER_FAILED(Level.WARN, "a hook library provider could not be loaded: {}"),
    SERVER_HOOK_LIBRARY_CONFIGURED(Level.INFO, "hook library {} (from {}) configured with parameters {}"),
    SERVER_HOOK_LIBRARY_CLOSE_FAILED(Level.WARN, "hook library {} failed to close: {}");

    private final LogFormat format;

    ServerMessages(Level level, String template) {
        this.format = new LogFormat(level, template);
    }

    @Override
    public LogFormat format() {
        return format;
    }
}
