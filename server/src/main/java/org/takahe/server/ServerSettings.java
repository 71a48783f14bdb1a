package org.takahe.server;

import java.nio.file.Path;
import java.util.Optional;

/**
 * How the server process is started: everything the command line can set, with the embedded defaults.
 *
 * @param dataDirectory where the startup configuration, leases, users and host key live
 * @param netconfAddress the address NETCONF (SSH) listens on
 * @param netconfPort the NETCONF port
 * @param dhcp4Port the UDP port DHCPv4 is served on (67; another only for tests)
 * @param dhcp6Port the UDP port DHCPv6 is served on (547; another only for tests)
 * @param hooksDirectory where the operator's hook library jars are; empty means DATA-DIR/hooks
 */
public record ServerSettings(Path dataDirectory, String netconfAddress, int netconfPort, int dhcp4Port,
        int dhcp6Port, Optional<Path> hooksDirectory) {

    public static final Path DEFAULT_DATA_DIRECTORY = Path.of("var");
    public static final String DEFAULT_NETCONF_ADDRESS = "127.0.0.1";
    public static final int DEFAULT_NETCONF_PORT = 8830;
    public static final int DEFAULT_DHCP4_PORT = 67;
    public static final int DEFAULT_DHCP6_PORT = 547;

    public static ServerSettings defaults() {
        return new ServerSettings(DEFAULT_DATA_DIRECTORY, DEFAULT_NETCONF_ADDRESS, DEFAULT_NETCONF_PORT,
            DEFAULT_DHCP4_PORT, DEFAULT_DHCP6_PORT, Optional.empty());
    }

    public ServerSettings withDataDirectory(Path value) {
        return new ServerSettings(value, netconfAddress, netconfPort, dhcp4Port, dhcp6Port, hooksDirectory);
    }

    public ServerSettings withNetconfAddress(String value) {
        return new ServerSettings(dataDirectory, value, netconfPort, dhcp4Port, dhcp6Port, hooksDirectory);
    }

    public ServerSettings withNetconfPort(int value) {
        return new ServerSettings(dataDirectory, netconfAddress, value, dhcp4Port, dhcp6Port, hooksDirectory);
    }

    public ServerSettings withDhcp4Port(int value) {
        return new ServerSettings(dataDirectory, netconfAddress, netconfPort, value, dhcp6Port, hooksDirectory);
    }

    public ServerSettings withDhcp6Port(int value) {
        return new ServerSettings(dataDirectory, netconfAddress, netconfPort, dhcp4Port, value, hooksDirectory);
    }

    public ServerSettings withHooksDirectory(Path value) {
        return new ServerSettings(dataDirectory, netconfAddress, netconfPort, dhcp4Port, dhcp6Port, Optional.of(value));
    }

    /** The operator's hook library directory: --hooks-dir, else DATA-DIR/hooks. */
    public Path hooksDirectoryOrDefault() {
        return hooksDirectory.orElse(dataDirectory.resolve("hooks"));
    }
}
