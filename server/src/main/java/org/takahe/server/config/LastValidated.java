package org.takahe.server.config;

import java.util.concurrent.atomic.AtomicReference;
import org.opendaylight.yangtools.yang.data.api.schema.ContainerNode;

/**
 * A commit participant's translation of the tree it validated last, so that apply, which the datastore calls with
 * that same tree, does not translate it again.
 *
 * @param <C> the translated configuration
 */
public final class LastValidated<C> {
    private final AtomicReference<Entry<C>> last = new AtomicReference<>();

    /** Keeps {@code config} as the translation of {@code tree}. */
    public void remember(ContainerNode tree, C config) {
        last.set(new Entry<>(tree, config));
    }

    /**
     * The translation of {@code tree}: the one remembered if it is of this very tree, else a new one; either way
     * nothing stays remembered.
     *
     * @throws IllegalStateException if a new translation is refused, which after validation means a bug
     */
    public C take(ContainerNode tree, Translation<C> translation) {
        Entry<C> entry = last.getAndSet(null);
        if (entry != null && entry.tree() == tree) {
            return entry.config();
        }
        try {
            return translation.translate(tree);
        } catch (ConfigRefusal e) {
            throw new IllegalStateException("a validated configuration no longer translates", e);
        }
    }

    /** Translates a whole configuration tree. */
    @FunctionalInterface
    public interface Translation<C> {
        C translate(ContainerNode tree) throws ConfigRefusal;
    }

    private record Entry<C>(ContainerNode tree, C config) {
    }
}
