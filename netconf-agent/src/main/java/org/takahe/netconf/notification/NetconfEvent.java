package org.takahe.netconf.notification;

import java.time.Instant;

/**
 * One event as sent: a whole {@code <notification>} document, serialised once and shared by
 * every subscriber and the replay log.
 *
 * @param eventTime when the server raised it; replay selects by it
 */
record NetconfEvent(Instant eventTime, byte[] notification) {
}
