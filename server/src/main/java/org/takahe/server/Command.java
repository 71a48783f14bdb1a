package org.takahe.server;

import java.nio.file.Path;
import java.util.Optional;
import org.takahe.lease.csv.SubnetMap;

/** What the command line asks the process to do. */
public sealed interface Command {

    /** Run the server. */
    record Run(ServerSettings settings, String logLevel) implements Command {
    }

    /** Add (or replace) a NETCONF/CLI user in the data directory, then exit. */
    record AddUser(Path dataDirectory, String name, boolean passwordFromStdin, Optional<Path> authorizedKey)
            implements Command {
    }

    /**
     * Write the data directory's leases as a Kea lease file, then exit.
     *
     * @param output the file to write, or empty for standard output
     */
    record LeasesExport(Path dataDirectory, Optional<Path> output, SubnetMap subnets) implements Command {
    }

    /** Add the leases a Kea lease file holds to the data directory's lease store, then exit. */
    record LeasesImport(Path dataDirectory, Path input, SubnetMap subnets) implements Command {
    }

    /** Print usage and exit. */
    record Help() implements Command {
    }

    /** Print the version and exit. */
    record Version() implements Command {
    }
}
