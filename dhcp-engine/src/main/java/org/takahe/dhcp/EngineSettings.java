package org.takahe.dhcp;

import java.time.Duration;

/**
 * Process-level settings of the engine (not part of the NETCONF configuration), units explicit.
 *
 * @param serverPort UDP port the engine listens on and relays are answered on (67)
 * @param clientPort UDP port clients are answered on (68)
 * @param workerThreads threads running exchanges (allocation, journal writes) off the event loop
 * @param queueCapacity requests waiting for a worker before new ones are dropped as QUEUE_FULL
 * @param offerHold how long an offered address stays reserved for the client it was offered to
 * @param bindTimeout how long {@link DhcpEngine#apply} waits for a socket to bind
 */
public record EngineSettings(int serverPort, int clientPort, int workerThreads, int queueCapacity,
        Duration offerHold, Duration bindTimeout) {

    public static final int SERVER_PORT = 67;
    public static final int CLIENT_PORT = 68;

    public EngineSettings {
        if (serverPort < 0 || serverPort > 65535 || clientPort < 1 || clientPort > 65535) {
            throw new IllegalArgumentException("ports " + serverPort + "/" + clientPort + " are not UDP ports");
        }
        if (workerThreads < 1 || queueCapacity < 1) {
            throw new IllegalArgumentException("need at least one worker and one queue slot, not "
                + workerThreads + "/" + queueCapacity);
        }
    }

    public static EngineSettings defaults() {
        return new EngineSettings(SERVER_PORT, CLIENT_PORT, 2, 1024, Duration.ofSeconds(30), Duration.ofSeconds(5));
    }

    /** The same settings on other ports, for tests that cannot use 67/68. */
    public EngineSettings withPorts(int server, int client) {
        return new EngineSettings(server, client, workerThreads, queueCapacity, offerHold, bindTimeout);
    }
}
