package org.takahe.server.notification;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.w3c.dom.Element;

/**
 * Where the engines' events wait for the NETCONF event stream. The engines start before the NETCONF server (whose
 * commits they take part in), so an event raised before {@link #attach} waits here, a bounded few, and goes out in
 * order once the stream is there.
 */
final class PendingEvents {
    /** Far more than the events a restart can raise at once in any test or small site. */
    private static final int WAITING_LIMIT = 1024;

    private final List<Supplier<Element>> waiting = new ArrayList<>();
    private @Nullable Consumer<Supplier<Element>> stream;

    void publish(Supplier<Element> event) {
        Consumer<Supplier<Element>> target;
        synchronized (this) {
            target = stream;
            if (target == null) {
                if (waiting.size() < WAITING_LIMIT) {
                    waiting.add(event);
                }
                return;
            }
        }
        target.accept(event);
    }

    void attach(Consumer<Supplier<Element>> publish) {
        synchronized (this) {
            // Published under the lock so an event raised meanwhile cannot overtake the waiting ones.
            waiting.forEach(publish);
            waiting.clear();
            stream = publish;
        }
    }
}
