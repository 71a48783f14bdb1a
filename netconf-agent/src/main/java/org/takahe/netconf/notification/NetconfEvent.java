package org.takahe.netconf.notification;

import java.time.Instant;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.w3c.dom.Element;

/**
 * One event as sent: a whole {@code <notification>} document, serialised once and shared by
 * every subscriber and the replay log. It is built and serialised when first read, not when the
 * event is raised: most events (one per commit) are never sent to anybody, and a commit should
 * not pay for a document nobody reads. A class rather than a record because of that cache.
 */
final class NetconfEvent {

    private final Instant eventTime;
    private @Nullable Supplier<Element> event;
    private byte @Nullable [] notification;

    /**
     * @param eventTime when the server raised it; replay selects by it
     * @param event builds the element inside {@code <notification>}; called at most once, from any thread
     */
    NetconfEvent(Instant eventTime, Supplier<Element> event) {
        this.eventTime = eventTime;
        this.event = event;
    }

    Instant eventTime() {
        return eventTime;
    }

    /** The serialised {@code <notification>} document. */
    synchronized byte[] notification() {
        byte[] built = notification;
        Supplier<Element> source = event;
        if (built == null && source != null) {
            built = NotificationXml.envelope(eventTime, source.get());
            notification = built;
            event = null; // what it was built from may hold whole configurations: let it go
        }
        if (built == null) {
            throw new IllegalStateException("an event has either its document or what builds it");
        }
        return built;
    }
}
