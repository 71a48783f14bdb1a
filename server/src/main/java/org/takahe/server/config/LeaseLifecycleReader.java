package org.takahe.server.config;

import static org.takahe.server.config.ModelNames.REBIND_TIME;
import static org.takahe.server.config.ModelNames.RENEW_TIME;
import static org.takahe.server.config.ModelNames.VALID_LIFETIME;

import java.time.Duration;
import java.util.Optional;
import org.opendaylight.yangtools.yang.common.QName;
import org.opendaylight.yangtools.yang.common.QNameModule;
import org.opendaylight.yangtools.yang.data.api.schema.DataContainerNode;
import org.takahe.dhcp.config.DhcpConfig;
import org.takahe.dhcp.config.ExpiredLeasesProcessing;
import org.takahe.dhcp.config.LeaseTimers;
import org.takahe.dhcp.config.Pool4;

/**
 * Reads the lease life cycle settings of takahe-dhcpv4-server: lease timers at each level of the allocation
 * hierarchy (a level inherits the timers it does not set), a pool's max-address-utilization and the
 * expired-leases-processing container. Whether T1 &lt; T2 &lt; valid lifetime holds is the engine's preflight check,
 * so it is said in one place and names the range or pool. The DHCPv6 translator reads its lease-reclamation
 * settings (the same grouping) here too.
 */
public final class LeaseLifecycleReader {
    static final QName MAX_ADDRESS_UTILIZATION = ModelNames.v4("max-address-utilization");

    private LeaseLifecycleReader() {
    }

    /** A range's timers: its own, else allocation-ranges', with T1 and T2 derived from the lifetime if set nowhere. */
    static LeaseTimers rangeTimers(DataContainerNode global, DataContainerNode range) {
        return resolve(Optional.empty(), range, global);
    }

    /**
     * A pool's timers when it sets any: those it sets, the rest from its range, then allocation-ranges. Empty when
     * it sets none, so a client class's lifetime can apply over the range's.
     */
    static Optional<LeaseTimers> poolTimers(DataContainerNode global, DataContainerNode range,
            DataContainerNode pool) {
        boolean setsAny = YangData.number(pool, VALID_LIFETIME).isPresent()
            || YangData.number(pool, RENEW_TIME).isPresent() || YangData.number(pool, REBIND_TIME).isPresent();
        return setsAny ? Optional.of(resolve(Optional.of(pool), range, global)) : Optional.empty();
    }

    private static LeaseTimers resolve(Optional<DataContainerNode> pool, DataContainerNode range,
            DataContainerNode global) {
        long valid = inherited(VALID_LIFETIME, pool, range, global)
            .orElseThrow(() -> new IllegalStateException("valid-lifetime has a default; the datastore fills it"));
        LeaseTimers derived = LeaseTimers.forLifetime(Duration.ofSeconds(valid));
        return new LeaseTimers(derived.validLifetime(),
            inherited(RENEW_TIME, pool, range, global).map(Duration::ofSeconds).orElse(derived.renewTime()),
            inherited(REBIND_TIME, pool, range, global).map(Duration::ofSeconds).orElse(derived.rebindTime()));
    }

    private static Optional<Long> inherited(QName timer, Optional<DataContainerNode> pool, DataContainerNode range,
            DataContainerNode global) {
        return pool.flatMap(p -> YangData.number(p, timer)).or(() -> YangData.number(range, timer))
            .or(() -> YangData.number(global, timer));
    }

    /** max-address-utilization, in percent. */
    static int utilizationThreshold(DataContainerNode pool) {
        return YangData.number(pool, MAX_ADDRESS_UTILIZATION).map(Long::intValue)
            .orElse(Pool4.DEFAULT_UTILIZATION_THRESHOLD);
    }

    /**
     * The expired-leases-processing settings of a server container that uses takahe-dhcpv4-server's
     * lease-reclamation grouping; Kea's defaults for whatever is not there.
     *
     * @param module the module whose namespace the grouping's nodes take there (DHCPv4's or DHCPv6's)
     */
    public static ExpiredLeasesProcessing expiredLeases(DataContainerNode server, QNameModule module) {
        ExpiredLeasesProcessing defaults = ExpiredLeasesProcessing.DEFAULTS;
        Optional<DataContainerNode> settings =
            YangData.container(server, QName.create(module, "expired-leases-processing"));
        if (settings.isEmpty()) {
            return defaults;
        }
        DataContainerNode node = settings.orElseThrow();
        return new ExpiredLeasesProcessing(
            YangData.number(node, QName.create(module, "reclaim-timer-wait-time")).map(Duration::ofSeconds)
                .orElse(defaults.reclaimTimerWaitTime()),
            YangData.number(node, QName.create(module, "max-reclaim-leases")).map(LeaseLifecycleReader::count)
                .orElse(defaults.maxReclaimLeases()),
            YangData.number(node, QName.create(module, "max-reclaim-time")).map(Duration::ofMillis)
                .orElse(defaults.maxReclaimTime()),
            YangData.number(node, QName.create(module, "hold-reclaimed-time")).map(Duration::ofSeconds)
                .orElse(defaults.holdReclaimedTime()),
            YangData.number(node, QName.create(module, "unwarned-reclaim-cycles")).map(LeaseLifecycleReader::count)
                .orElse(defaults.unwarnedReclaimCycles()));
    }

    /** decline-probation-period of the lease-reclamation grouping; Kea's default of a day when it is not there. */
    public static Duration declineProbation(DataContainerNode server, QNameModule module) {
        return YangData.number(server, QName.create(module, "decline-probation-period")).map(Duration::ofSeconds)
            .orElse(DhcpConfig.DEFAULT_DECLINE_PROBATION);
    }

    /** A uint32 count; beyond what an int holds it is as good as no limit. */
    private static int count(long value) {
        return (int) Math.min(value, Integer.MAX_VALUE);
    }
}
