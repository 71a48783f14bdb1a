package org.takahe.dhcp.exchange;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.takahe.dhcp.config.ConfiguredOption;
import org.takahe.dhcp.config.OptionSet4;
import org.takahe.dhcp.wire.OptionKey;

/**
 * Applies Kea's option precedence: for each space and code, the most specific level that sets it wins;
 * within a level, the scope given first (the first class assigned, as in Kea); within a scope, the option
 * set listed last, so a set added to a list overrides those before it option by option.
 */
public record OptionResolver(Map<String, OptionSet4> optionSets) {

    public OptionResolver {
        optionSets = Map.copyOf(optionSets);
    }

    public ResolvedOptions resolve(List<OptionScope> scopes) {
        Map<OptionKey, ConfiguredOption> chosen = new LinkedHashMap<>();
        List<OptionScope> mostSpecificFirst = scopes.stream()
            .sorted(Comparator.comparing(OptionScope::level).reversed()).toList();
        for (OptionScope scope : mostSpecificFirst) {
            for (String setId : scope.optionSetIds().reversed()) {
                OptionSet4 set = optionSets.get(setId);
                if (set == null) {
                    continue; // the model's leafrefs refuse dangling references at commit
                }
                set.options().forEach(option -> chosen.putIfAbsent(option.key(), option));
            }
        }
        return new ResolvedOptions(chosen);
    }
}
