package org.takahe.datastore;

import java.nio.file.Path;

/**
 * Where the datastores live on disk.
 *
 * @param directory the data directory; {@code file:} URLs (the :url capability) resolve only inside it
 * @param running the running configuration, rewritten on every change of running
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
}
