package org.takahe.dhcp.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.takahe.dhcp.config.ConfiguredOption;
import org.takahe.dhcp.config.OptionSet4;
import org.takahe.dhcp.wire.OptionKey;
import org.takahe.dhcp.wire.Octets;

/** Kea's option precedence: reservation, pool, subnet, shared network, class, global. */
class OptionResolverTest {
    /** One set per level, each setting option 224 to its own byte; "<level>-only" sets options only it has. */
    private static final OptionResolver RESOLVER = new OptionResolver(sets(
        set("global", 1, 200), set("class", 2, 201), set("network", 3, 202), set("subnet", 4, 203),
        set("pool", 5, 204), set("host", 6, 205), set("class-second", 7, 206), set("subnet-second", 8, 203)));

    private static OptionSet4 set(String id, int value224, int ownCode) {
        return new OptionSet4(id, List.of(ConfiguredOption.of(224, Octets.of((byte) value224)),
            ConfiguredOption.of(ownCode, Octets.of((byte) value224))));
    }

    private static Map<String, OptionSet4> sets(OptionSet4... sets) {
        return Arrays.stream(sets).collect(Collectors.toMap(OptionSet4::id, Function.identity()));
    }

    private static Optional<Integer> value(ResolvedOptions resolved, int code) {
        return resolved.find(OptionKey.dhcp4(code)).map(o -> (int) o.data().get(0));
    }

    private static OptionScope scope(OptionLevel level, String... ids) {
        return new OptionScope(level, List.of(ids));
    }

    @Test
    void theMostSpecificLevelWinsWhateverOrderTheScopesComeIn() {
        List<OptionScope> all = List.of(scope(OptionLevel.RESERVATION, "host"), scope(OptionLevel.GLOBAL, "global"),
            scope(OptionLevel.POOL, "pool"), scope(OptionLevel.CLASS, "class"), scope(OptionLevel.SUBNET, "subnet"),
            scope(OptionLevel.SHARED_NETWORK, "network"));
        assertEquals(Optional.of(6), value(RESOLVER.resolve(all), 224), "reservation over everything");
        List<OptionScope> withoutHost = all.stream().filter(s -> s.level() != OptionLevel.RESERVATION).toList();
        assertEquals(Optional.of(5), value(RESOLVER.resolve(withoutHost), 224), "pool over subnet");
        assertEquals(Optional.of(4), value(RESOLVER.resolve(List.of(scope(OptionLevel.SUBNET, "subnet"),
            scope(OptionLevel.SHARED_NETWORK, "network"), scope(OptionLevel.CLASS, "class"),
            scope(OptionLevel.GLOBAL, "global"))), 224), "subnet over shared network");
        assertEquals(Optional.of(3), value(RESOLVER.resolve(List.of(scope(OptionLevel.GLOBAL, "global"),
            scope(OptionLevel.CLASS, "class"), scope(OptionLevel.SHARED_NETWORK, "network"))), 224),
            "shared network over class");
        assertEquals(Optional.of(2), value(RESOLVER.resolve(List.of(scope(OptionLevel.GLOBAL, "global"),
            scope(OptionLevel.CLASS, "class"))), 224), "class over global");
        assertEquals(Optional.of(1), value(RESOLVER.resolve(List.of(scope(OptionLevel.GLOBAL, "global"))), 224));
    }

    @Test
    void optionsMergeOptionByOptionAcrossLevels() {
        ResolvedOptions resolved = RESOLVER.resolve(List.of(scope(OptionLevel.GLOBAL, "global"),
            scope(OptionLevel.SUBNET, "subnet"), scope(OptionLevel.POOL, "pool")));
        assertEquals(Optional.of(5), value(resolved, 224));
        assertEquals(Optional.of(1), value(resolved, 200), "an option only the global set has still comes");
        assertEquals(Optional.of(4), value(resolved, 203));
        assertEquals(Optional.of(5), value(resolved, 204));
    }

    @Test
    void withinAListTheLastSetWinsAndAmongClassesTheFirstClass() {
        assertEquals(Optional.of(8), value(RESOLVER.resolve(List.of(
            scope(OptionLevel.SUBNET, "subnet", "subnet-second"))), 203), "the set listed last");
        assertEquals(Optional.of(4), value(RESOLVER.resolve(List.of(
            scope(OptionLevel.SUBNET, "subnet-second", "subnet"))), 203));
        assertEquals(Optional.of(2), value(RESOLVER.resolve(List.of(scope(OptionLevel.CLASS, "class"),
            scope(OptionLevel.CLASS, "class-second"))), 224), "first class assigned");
    }
}
