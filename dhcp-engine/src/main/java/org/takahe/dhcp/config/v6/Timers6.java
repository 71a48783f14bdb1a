package org.takahe.dhcp.config.v6;

import java.time.Duration;

/**
 * The lifetimes and renewal times of a DHCPv6 lease: valid and preferred lifetime of the address or prefix, and the
 * T1 (renew) and T2 (rebind) times of its IA. RFC 8415 §21.4 wants T1 &lt;= T2 and preferred &lt;= valid; the
 * translator refuses anything else.
 */
public record Timers6(Duration validLifetime, Duration preferredLifetime, Duration renewTime, Duration rebindTime) {

    /** Kea's defaults: valid 2 h, preferred 1 h, T1 = 0.5 and T2 = 0.8 of the preferred lifetime. */
    public static final Timers6 DEFAULTS = forLifetimes(Duration.ofHours(2), Duration.ofHours(1));

    /** Renewal at half and rebinding at 0.8 of the preferred lifetime (RFC 8415 §21.4 recommendation). */
    public static Timers6 forLifetimes(Duration valid, Duration preferred) {
        return new Timers6(valid, preferred, preferred.dividedBy(2), preferred.multipliedBy(4).dividedBy(5));
    }
}
