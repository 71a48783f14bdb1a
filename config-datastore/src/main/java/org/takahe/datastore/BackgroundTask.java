package org.takahe.datastore;

import java.io.IOException;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Disk work (writing and fsyncing the running file) done on a virtual thread of its own while the
 * calling thread goes on with processor work, then waited for: the two overlap instead of adding
 * up. The caller always joins, so nothing outlives the operation that started it.
 */
final class BackgroundTask<T> {

    /** Work that may fail with an I/O error. */
    @FunctionalInterface
    interface Work<T> {
        T run() throws IOException;
    }

    private final CompletableFuture<T> result = new CompletableFuture<>();

    private BackgroundTask() {
    }

    static <T> BackgroundTask<T> start(Work<T> work) {
        BackgroundTask<T> task = new BackgroundTask<>();
        Thread.ofVirtual().name("takahe-datastore-io").start(() -> {
            try {
                task.result.complete(work.run());
            } catch (IOException | RuntimeException | Error e) {
                task.result.completeExceptionally(e);
            }
        });
        return task;
    }

    /** Waits for the work and returns its result, or throws what it threw. */
    T join() throws IOException {
        try {
            return result.join();
        } catch (CompletionException e) {
            switch (e.getCause()) {
                case IOException io -> throw io;
                case RuntimeException runtime -> throw runtime;
                case Error error -> throw error;
                default -> throw e;
            }
        }
    }

    /** Waits for the work; its result when it succeeded, empty when it failed (the caller is failing anyway). */
    Optional<T> joinQuietly() {
        try {
            return Optional.of(join());
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
