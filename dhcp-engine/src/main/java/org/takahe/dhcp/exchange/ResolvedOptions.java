package org.takahe.dhcp.exchange;

import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.takahe.dhcp.config.ConfiguredOption;
import org.takahe.dhcp.wire.OptionKey;

/** The options a client would get, one per space and code, after scope precedence; in resolution order. */
public record ResolvedOptions(Map<OptionKey, ConfiguredOption> byKey) {

    public ResolvedOptions {
        byKey = Collections.unmodifiableMap(new LinkedHashMap<>(byKey));
    }

    public Optional<ConfiguredOption> find(OptionKey key) {
        return Optional.ofNullable(byKey.get(key));
    }

    /** The options of one space, in ascending code order. */
    public List<ConfiguredOption> inSpace(String space) {
        return byKey.values().stream().filter(o -> o.key().space().equals(space))
            .sorted(Comparator.comparingInt(o -> o.key().code())).toList();
    }
}
