package org.takahe.server.config.v6;

import static org.takahe.server.config.v6.Dhcpv6Names.PREFERRED_LIFETIME;
import static org.takahe.server.config.v6.Dhcpv6Names.RAPID_COMMIT;
import static org.takahe.server.config.v6.Dhcpv6Names.REBIND_TIME;
import static org.takahe.server.config.v6.Dhcpv6Names.RENEW_TIME;
import static org.takahe.server.config.v6.Dhcpv6Names.VALID_LIFETIME;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.opendaylight.yangtools.yang.common.QName;
import org.opendaylight.yangtools.yang.data.api.YangInstanceIdentifier;
import org.opendaylight.yangtools.yang.data.api.schema.DataContainerNode;
import org.takahe.dhcp.config.v6.Timers6;
import org.takahe.server.config.ConfigRefusal;
import org.takahe.server.config.YangData;

/**
 * A level of RFC 9243's allocation hierarchy (allocation-ranges, a range, a pool, a host reservation) with the
 * levels above it, for the resource-config values a level either sets or inherits: lease timers and rapid-commit.
 * Option sets are not resolved here: every level keeps its own, and the engine merges them option by option.
 */
final class Lineage {
    private static final String RULE = "lease timers must keep renew-time <= rebind-time <= preferred-lifetime"
        + " <= valid-lifetime (RFC 8415, Section 21.4): ";

    /** Most specific first. */
    private final List<Level> levels;

    private Lineage(List<Level> levels) {
        this.levels = List.copyOf(levels);
    }

    /** The top of the hierarchy: the allocation-ranges container. */
    static Lineage root(DataContainerNode allocationRanges) {
        return new Lineage(List.of(new Level("allocation-ranges", Dhcpv6Paths.allocationRanges(), allocationRanges)));
    }

    /**
     * A level below this one.
     *
     * @param name how refusals name the level, e.g. "address pool lan-addresses"
     */
    Lineage child(String name, YangInstanceIdentifier path, DataContainerNode node) {
        List<Level> chain = new ArrayList<>(levels.size() + 1);
        chain.add(new Level(name, path, node));
        chain.addAll(levels);
        return new Lineage(chain);
    }

    YangInstanceIdentifier path() {
        return levels.getFirst().path();
    }

    /** rapid-commit as this level sets or inherits it; false when no level sets it. */
    boolean rapidCommit() {
        return levels.stream().map(level -> YangData.bool(level.node(), RAPID_COMMIT)).flatMap(Optional::stream)
            .findFirst().orElse(false);
    }

    /**
     * The lease timers of this level: each one this level sets, else the nearest level's above; lifetimes Kea's
     * defaults and T1, T2 0.5 and 0.8 of the preferred lifetime when no level sets them.
     *
     * @throws ConfigRefusal naming this level unless 0 &lt; valid lifetime and T1 &lt;= T2 &lt;= preferred &lt;= valid
     */
    Timers6 timers() throws ConfigRefusal {
        Setting valid = inherited(VALID_LIFETIME)
            .orElseGet(() -> new Setting("valid-lifetime", Timers6.DEFAULTS.validLifetime(), " (the default)"));
        Setting preferred = inherited(PREFERRED_LIFETIME).orElseGet(() ->
            new Setting("preferred-lifetime", Timers6.DEFAULTS.preferredLifetime(), " (the default)"));
        Timers6 derived = Timers6.forLifetimes(valid.value(), preferred.value());
        Setting renew = inherited(RENEW_TIME)
            .orElseGet(() -> new Setting("renew-time", derived.renewTime(), " (0.5 of preferred-lifetime)"));
        Setting rebind = inherited(REBIND_TIME)
            .orElseGet(() -> new Setting("rebind-time", derived.rebindTime(), " (0.8 of preferred-lifetime)"));
        if (valid.value().isZero()) {
            throw new ConfigRefusal(path(), "valid-lifetime must be above 0 s; " + valid + " is not");
        }
        requireNotAbove(renew, rebind);
        requireNotAbove(rebind, preferred);
        requireNotAbove(preferred, valid);
        return new Timers6(valid.value(), preferred.value(), renew.value(), rebind.value());
    }

    private void requireNotAbove(Setting lower, Setting upper) throws ConfigRefusal {
        if (lower.value().compareTo(upper.value()) > 0) {
            throw new ConfigRefusal(path(), RULE + lower + " is above " + upper);
        }
    }

    private Optional<Setting> inherited(QName leaf) {
        for (int i = 0; i < levels.size(); i++) {
            Level level = levels.get(i);
            Optional<Long> seconds = YangData.number(level.node(), leaf);
            if (seconds.isPresent()) {
                return Optional.of(new Setting(leaf.getLocalName(), Duration.ofSeconds(seconds.get()),
                    i == 0 ? "" : " (from " + level.name() + ")"));
            }
        }
        return Optional.empty();
    }

    private record Level(String name, YangInstanceIdentifier path, DataContainerNode node) {
    }

    /** A timer's value and where it came from, as a refusal tells it. */
    private record Setting(String leaf, Duration value, String origin) {
        @Override
        public String toString() {
            return leaf + " " + value.toSeconds() + " s" + origin;
        }
    }
}
