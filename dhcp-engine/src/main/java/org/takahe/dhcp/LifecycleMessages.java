package org.takahe.dhcp;

import org.slf4j.event.Level;
import org.takahe.common.log.LogFormat;
import org.takahe.common.log.LogMessage;

/**
 * The log messages of the lease life cycle that both families share: reclamation of expired leases and declined
 * addresses, and pool utilization. Each names the family (DHCPv4 or DHCPv6), the subnet or range, and an address or
 * prefix, so one ID serves both engines. IDs are stable and listed in docs/log-messages.md.
 */
public enum LifecycleMessages implements LogMessage {
    LEASE_RECLAIMED(Level.DEBUG, "expired lease on {} of {} in subnet {} reclaimed (expired {})"),
    LEASE_DECLINED_RECOVERED(Level.INFO, "declined {} {} in subnet {} is back in service: its probation ended {}"),
    LEASE_RECLAIM_CYCLE(Level.INFO, "{} lease reclamation: {} expired leases reclaimed, {} declined addresses "
        + "recovered in {} ms{}"),
    LEASE_RECLAIM_IDLE(Level.DEBUG, "{} lease reclamation: nothing to reclaim"),
    LEASE_RECLAIM_BACKLOG(Level.WARN, "{} expired leases are still left after {} reclamation cycles in a row; "
        + "raise max-reclaim-leases or max-reclaim-time, or lower reclaim-timer-wait-time"),
    LEASE_RECLAIM_FAILED(Level.ERROR, "{} lease reclamation cycle stopped after {} leases: {}; the next cycle "
        + "retries"),
    POOL_UTILIZATION_HIGH(Level.WARN, "pool {} of subnet {}: {} of {} {} allocated, at or above {} {} % ({} {})"),
    POOL_UTILIZATION_NORMAL(Level.INFO, "pool {} of subnet {}: {} of {} {} allocated, below {} {} % again"),
    POOL_UTILIZATION_CHECK_FAILED(Level.ERROR, "{} pool utilization check failed: {}; the next lease change "
        + "checks again");

    private final LogFormat format;

    LifecycleMessages(Level level, String template) {
        this.format = new LogFormat(level, template);
    }

    @Override
    public LogFormat format() {
        return format;
    }
}
