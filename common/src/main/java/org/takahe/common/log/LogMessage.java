package org.takahe.common.log;

import org.slf4j.Logger;
import org.slf4j.event.Level;

/**
 * A log message with a stable ID, as in Kea's message files: each module lists its messages as an
 * enum implementing this (the constant's name is the ID), every line it logs goes through one, and
 * docs/log-messages.md catalogues them all. IDs are never renamed or reused.
 */
public interface LogMessage {

    /** The ID: the enum constant's name. */
    String name();

    LogFormat format();

    default Level level() {
        return format().level();
    }

    default String template() {
        return format().template();
    }

    /**
     * Logs the message, ID first, with the template's placeholders filled from {@code args}; a trailing
     * Throwable beyond the placeholders is logged as the cause.
     */
    default void log(Logger logger, Object... args) {
        logger.atLevel(level()).log(name() + " " + template(), args);
    }
}
