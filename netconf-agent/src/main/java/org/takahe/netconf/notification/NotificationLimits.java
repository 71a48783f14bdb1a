package org.takahe.netconf.notification;

/**
 * Bounds on what notifications may hold in memory.
 *
 * @param replayEvents events kept for replay
 * @param queuedEvents events one session may have waiting for delivery
 * @param queuedBytes bytes one session may have waiting for delivery; a session over either bound
 *     is closed rather than buffered for
 * @param editsPerChange the longest edit list of a netconf-config-change
 */
public record NotificationLimits(int replayEvents, int queuedEvents, long queuedBytes, int editsPerChange) {

    public static final NotificationLimits DEFAULT = new NotificationLimits(1000, 1000, 16L << 20, 1000);

    public NotificationLimits {
        if (replayEvents < 1 || queuedEvents < 1 || queuedBytes < 1 || editsPerChange < 1) {
            throw new IllegalArgumentException("notification limits must be positive");
        }
    }
}
