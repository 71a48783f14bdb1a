package org.takahe.datastore;

import java.nio.file.Path;

/**
 * Where the datastores live on disk.
 *
 * @param directory the data directory; {@code file:} URLs (the :url capability) resolve only inside it
 * @param running the running configuration's readable copy, rewritten on every change of running
 * @param startup the startup configuration, changed only by copy-config and delete-config
 */
public record DatastoreFiles(Path directory, Path running, Path startup) {

    public DatastoreFiles {
        directory = directory.toAbsolutePath().normalize();
        running = running.toAbsolutePath().normalize();
        startup = startup.toAbsolutePath().normalize();
    }

    /** running.xml and startup.xml in the data directory. */
    public static DatastoreFiles in(Path directory) {
        return new DatastoreFiles(directory, directory.resolve("running.xml"), directory.resolve("startup.xml"));
    }

    /**
     * running.slots beside running: the durable copy of running that running.xml is a readable
     * copy of (see RunningStore).
     */
    public Path runningSlots() {
        return running.resolveSibling("running.slots");
    }

    /**
     * rollback.xml beside running: what a pending confirmed commit rolls back to. It exists only
     * while one is pending, so finding it at start means the server stopped before the commit was
     * confirmed (RFC 6241 §8.4).
     */
    public Path rollback() {
        return running.resolveSibling("rollback.xml");
    }
}
