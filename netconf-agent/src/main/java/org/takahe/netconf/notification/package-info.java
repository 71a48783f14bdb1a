/**
 * Notifications (RFC 5277) on the NETCONF stream: the replay log, one subscription per session
 * with its bounded delivery queue, and the RFC 6470 events the server raises (config change,
 * session start and end, confirmed commit).
 */
@NullMarked
package org.takahe.netconf.notification;

import org.jspecify.annotations.NullMarked;
