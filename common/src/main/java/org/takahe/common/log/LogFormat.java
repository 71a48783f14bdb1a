package org.takahe.common.log;

import org.slf4j.event.Level;

/** How a log message is written: its level and its template with {@code {}} placeholders. */
public record LogFormat(Level level, String template) {
}
