package org.takahe.server;

import org.slf4j.Logger;
import org.slf4j.event.Level;

/** Log messages of the server process; each ID is listed in docs/log-messages.md. */
public enum ServerMessages {
    SERVER_STARTING(Level.INFO, "Takahe {} starting; data directory {}"),
    SERVER_STARTED(Level.INFO, "Takahe started in {} ms; NETCONF on {}:{}"),
    SERVER_STOPPING(Level.INFO, "Takahe stopping"),
    SERVER_START_FAILED(Level.ERROR, "Takahe could not start: {}");

    private final Level level;
    private final String template;

    ServerMessages(Level level, String template) {
        this.level = level;
        this.template = template;
    }

    public Level level() {
        return level;
    }

    public String template() {
        return template;
    }

    public void log(Logger logger, Object... args) {
        logger.atLevel(level).log(name() + " " + template, args);
    }
}
