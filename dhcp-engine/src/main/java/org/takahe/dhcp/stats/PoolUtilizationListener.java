package org.takahe.dhcp.stats;

/**
 * Told when a pool's allocated share reaches its max-address-utilization: once per crossing, and again only after
 * it has fallen below. Called on the engine's background lease thread; must not block it for long.
 */
@FunctionalInterface
public interface PoolUtilizationListener {
    PoolUtilizationListener NONE = utilization -> {
    };

    void thresholdReached(PoolUtilization utilization);
}
