package org.takahe.dhcp.config;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.takahe.dhcp.wire.OptionKey;

/** A named set of options (RFC 9243's option-set), at most one per space and code. */
public record OptionSet4(String id, List<ConfiguredOption> options) {

    public OptionSet4 {
        options = List.copyOf(options);
        Set<OptionKey> seen = new HashSet<>();
        for (ConfiguredOption option : options) {
            if (!seen.add(option.key())) {
                throw new IllegalArgumentException("option set " + id + " sets option " + option.key() + " twice");
            }
        }
    }

    public Optional<ConfiguredOption> find(OptionKey key) {
        return options.stream().filter(o -> o.key().equals(key)).findFirst();
    }
}
