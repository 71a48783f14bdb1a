package org.takahe.dhcp.v6;

import java.time.Duration;

/**
 * Process-level settings of the DHCPv6 engine (not part of the NETCONF configuration), units explicit.
 *
 * @param serverPort UDP port the engine listens on and relays are answered on (547)
 * @param clientPort UDP port clients on a served link are answered on (546)
 * @param workerThreads threads running exchanges (allocation, journal writes) off the event loop
 * @param queueCapacity messages waiting for a worker before new ones are dropped as queue-full
 * @param offerHold how long an address or prefix in an ADVERTISE stays held for the client it was offered to
 * @param bindTimeout how long {@link Dhcp6Engine#apply} waits for a socket to bind
 */
public record Dhcp6EngineSettings(int serverPort, int clientPort, int workerThreads, int queueCapacity,
        Duration offerHold, Duration bindTimeout) {

    public static final int SERVER_PORT = 547;
    public static final int CLIENT_PORT = 546;

    public Dhcp6EngineSettings {
        if (serverPort < 0 || serverPort > 65535 || clientPort < 1 || clientPort > 65535) {
            throw new IllegalArgumentException("ports " + serverPort + "/" + clientPort + " are not UDP ports");
        }
        if (workerThreads < 1 || queueCapacity < 1) {
            throw new IllegalArgumentException("need at least one worker and one queue slot, not "
                + workerThreads + "/" + queueCapacity);
        }
    }

    public static Dhcp6EngineSettings defaults() {
        return new Dhcp6EngineSettings(SERVER_PORT, CLIENT_PORT, 2, 1024, Duration.ofSeconds(30),
            Duration.ofSeconds(5));
    }

    /** The same settings on other ports, for tests that cannot use 547/546. */
    public Dhcp6EngineSettings withPorts(int server, int client) {
        return new Dhcp6EngineSettings(server, client, workerThreads, queueCapacity, offerHold, bindTimeout);
    }
}
