package org.takahe.server;

import java.nio.file.Path;
import java.util.Optional;

/** What the command line asks the process to do. */
public sealed interface Command {

    /** Run the server. */
    record Run(ServerSettings settings, String logLevel) implements Command {
    }

    /** Add (or replace) a NETCONF/CLI user in the data directory, then exit. */
    record AddUser(Path dataDirectory, String name, boolean passwordFromStdin, Optional<Path> authorizedKey)
            implements Command {
    }

    /** Print usage and exit. */
    record Help() implements Command {
    }

    /** Print the version and exit. */
    record Version() implements Command {
    }
}
