package org.takahe.server;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.takahe.lease.csv.SubnetMap;

/** Parses the process arguments into a {@link Command}; every flag is documented in {@link #USAGE}. */
public final class CommandLine {

    public static final String USAGE = """
        Usage: takahe [OPTIONS]                 run the server
               takahe add-user NAME [--password-stdin] [--authorized-key FILE] [--data-dir DIR]
               takahe leases export --format kea-csv [--output FILE|-] [--subnet-map MAP] [--data-dir DIR]
               takahe leases import --format kea-csv FILE [--subnet-map MAP] [--data-dir DIR]
               takahe --help | --version

        Options for running the server:
          --data-dir DIR           data directory: startup configuration, leases, users, SSH host key
                                   (default: ./var, created if missing)
          --netconf-address ADDR   address NETCONF over SSH listens on (default: 127.0.0.1)
          --netconf-port PORT      NETCONF port (default: 8830)
          --dhcp4-port PORT        UDP port for DHCPv4 (default: 67; change only for testing)
          --dhcp6-port PORT        UDP port for DHCPv6 (default: 547; change only for testing)
          --hooks-dir DIR          where hook library jars are looked for, before the packaged
                                   lib/hooks (default: DATA-DIR/hooks; see docs/hooks.md)
          --log-level LEVEL        error, warn, info, debug or trace (default: info)
          --help                   print this text and exit
          --version                print the version and exit

        add-user creates or replaces a user who may log in over SSH (NETCONF and CLI):
          --password-stdin         read the password from the first line of standard input
          --authorized-key FILE    an OpenSSH public key file (authorized_keys format) for the user
          --data-dir DIR           data directory to add the user to (default: ./var)
        At least one of --password-stdin and --authorized-key is required.

        leases export / import move DHCPv4 leases between the data directory's lease store and a
        Kea memfile (kea-leases4.csv); run them while the server is stopped (see docs/lease-store.md):
          --format kea-csv         the file format (the only one so far)
          --output FILE|-          export: where to write (default: - , standard output)
          --subnet-map MAP         Kea subnet-ids for allocation-range names, as ID=NAME,... (e.g.
                                   1=lan,2=guest). Import needs an entry for every subnet-id it meets;
                                   export numbers ranges the map lacks after its highest id, by name
          --data-dir DIR           data directory whose leases to use (default: ./var)
        import checks the whole file first and adds nothing if any row is bad; the last row for
        an address wins, and rows with valid_lifetime 0 or state 1/2 leave the address free.

        On first start with no users file, the server creates user 'admin' with a random password
        and writes it to DATA-DIR/initial-admin-password.
        """;

    private static final Set<String> LOG_LEVELS = Set.of("error", "warn", "info", "debug", "trace");

    private CommandLine() {
    }

    /** Parses; throws {@link IllegalArgumentException} with a message for the user on bad input. */
    public static Command parse(List<String> args) {
        Deque<String> rest = new ArrayDeque<>(args);
        if (!rest.isEmpty() && rest.peekFirst().equals("add-user")) {
            rest.removeFirst();
            return parseAddUser(rest);
        }
        if (!rest.isEmpty() && rest.peekFirst().equals("leases")) {
            rest.removeFirst();
            return parseLeases(rest);
        }
        ServerSettings settings = ServerSettings.defaults();
        String logLevel = "info";
        while (!rest.isEmpty()) {
            String flag = rest.removeFirst();
            switch (flag) {
                case "--help", "-h" -> {
                    return new Command.Help();
                }
                case "--version" -> {
                    return new Command.Version();
                }
                case "--data-dir" -> settings = settings.withDataDirectory(Path.of(value(flag, rest)));
                case "--netconf-address" -> settings = settings.withNetconfAddress(value(flag, rest));
                case "--netconf-port" -> settings = settings.withNetconfPort(port(flag, value(flag, rest)));
                case "--dhcp4-port" -> settings = settings.withDhcp4Port(port(flag, value(flag, rest)));
                case "--dhcp6-port" -> settings = settings.withDhcp6Port(port(flag, value(flag, rest)));
                case "--hooks-dir" -> settings = settings.withHooksDirectory(Path.of(value(flag, rest)));
                case "--log-level" -> {
                    logLevel = value(flag, rest).toLowerCase(Locale.ROOT);
                    if (!LOG_LEVELS.contains(logLevel)) {
                        throw new IllegalArgumentException("--log-level must be one of error, warn, info, debug, trace");
                    }
                }
                default -> throw new IllegalArgumentException("unknown option '" + flag + "' (see --help)");
            }
        }
        return new Command.Run(settings, logLevel);
    }

    private static Command parseAddUser(Deque<String> rest) {
        if (rest.isEmpty() || rest.peekFirst().startsWith("-")) {
            throw new IllegalArgumentException("add-user needs a user name (see --help)");
        }
        String name = rest.removeFirst();
        if (!name.matches("[A-Za-z_][A-Za-z0-9_.-]{0,31}")) {
            throw new IllegalArgumentException("user name '" + name
                + "' must start with a letter or '_' and hold at most 32 letters, digits, '_', '.' or '-'");
        }
        Path dataDirectory = ServerSettings.DEFAULT_DATA_DIRECTORY;
        boolean passwordFromStdin = false;
        Optional<Path> key = Optional.empty();
        while (!rest.isEmpty()) {
            String flag = rest.removeFirst();
            switch (flag) {
                case "--password-stdin" -> passwordFromStdin = true;
                case "--authorized-key" -> key = Optional.of(Path.of(value(flag, rest)));
                case "--data-dir" -> dataDirectory = Path.of(value(flag, rest));
                default -> throw new IllegalArgumentException("unknown add-user option '" + flag + "' (see --help)");
            }
        }
        if (!passwordFromStdin && key.isEmpty()) {
            throw new IllegalArgumentException("add-user needs --password-stdin or --authorized-key FILE");
        }
        return new Command.AddUser(dataDirectory, name, passwordFromStdin, key);
    }

    private static Command parseLeases(Deque<String> rest) {
        String action = rest.isEmpty() ? "" : rest.removeFirst();
        if (!action.equals("export") && !action.equals("import")) {
            throw new IllegalArgumentException("leases needs 'export' or 'import' (see --help)");
        }
        Path dataDirectory = ServerSettings.DEFAULT_DATA_DIRECTORY;
        Optional<String> format = Optional.empty();
        Optional<Path> output = Optional.empty();
        Optional<Path> input = Optional.empty();
        SubnetMap subnets = SubnetMap.empty();
        while (!rest.isEmpty()) {
            String flag = rest.removeFirst();
            switch (flag) {
                case "--format" -> format = Optional.of(value(flag, rest));
                case "--data-dir" -> dataDirectory = Path.of(value(flag, rest));
                case "--subnet-map" -> subnets = SubnetMap.parse(value(flag, rest));
                case "--output" -> {
                    String file = value(flag, rest);
                    output = file.equals("-") ? Optional.empty() : Optional.of(Path.of(file));
                }
                default -> {
                    if (flag.startsWith("-") || action.equals("export") || input.isPresent()) {
                        throw new IllegalArgumentException("unknown leases " + action + " option '" + flag
                            + "' (see --help)");
                    }
                    input = Optional.of(Path.of(flag));
                }
            }
        }
        if (!format.equals(Optional.of("kea-csv"))) {
            throw new IllegalArgumentException("leases " + action + " needs --format kea-csv (the only format so far)");
        }
        if (action.equals("export")) {
            return new Command.LeasesExport(dataDirectory, output, subnets);
        }
        if (output.isPresent()) {
            throw new IllegalArgumentException("--output is for leases export; import reads FILE");
        }
        return new Command.LeasesImport(dataDirectory,
            input.orElseThrow(() -> new IllegalArgumentException("leases import needs the FILE to read")), subnets);
    }

    private static String value(String flag, Deque<String> rest) {
        if (rest.isEmpty()) {
            throw new IllegalArgumentException(flag + " needs a value (see --help)");
        }
        return rest.removeFirst();
    }

    private static int port(String flag, String text) {
        try {
            int port = Integer.parseInt(text);
            if (port >= 0 && port <= 65535) {
                return port;
            }
        } catch (NumberFormatException e) {
            // reported below with the flag's name
        }
        throw new IllegalArgumentException(flag + " must be a port number 0-65535, not '" + text + "'");
    }
}
