package org.takahe.dhcp.v6.exchange;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.takahe.dhcp.config.v6.Option6;
import org.takahe.dhcp.config.v6.OptionSet6;

/**
 * RFC 9243's option-set inheritance, option by option: a host reservation's sets win over the pool's, the pool's
 * over the range's, the range's over the server's. Within a level the sets count in the order listed. An option
 * code that occurs several times in the winning set (one Vendor-specific Information option per enterprise) keeps
 * every instance.
 */
public final class OptionSetResolution {
    private final Map<String, OptionSet6> sets;
    private final List<String> serverSets;

    public OptionSetResolution(Map<String, OptionSet6> sets, List<String> serverSets) {
        this.sets = Map.copyOf(sets);
        this.serverSets = List.copyOf(serverSets);
    }

    /**
     * The configured options for a client, by code, in the order first met from the nearest level outwards.
     *
     * @param levels option set ids per level, nearest first (reservation, pool, range); the server's come last
     */
    public Map<Integer, List<Option6>> resolve(List<List<String>> levels) {
        Map<Integer, List<Option6>> resolved = new LinkedHashMap<>();
        List<List<String>> all = new ArrayList<>(levels);
        all.add(serverSets);
        for (List<String> level : all) {
            for (String id : level) {
                OptionSet6 set = sets.get(id);
                if (set == null) {
                    continue; // the translator checks references; a dangling one adds nothing
                }
                Map<Integer, List<Option6>> fromSet = new LinkedHashMap<>();
                set.options().forEach(o -> fromSet.computeIfAbsent(o.code(), c -> new ArrayList<>()).add(o));
                fromSet.forEach(resolved::putIfAbsent);
            }
        }
        return resolved;
    }

    /** Whether any option set of these levels (or the server's) allows rapid commit. */
    public boolean rapidCommit(List<List<String>> levels) {
        List<List<String>> all = new ArrayList<>(levels);
        all.add(serverSets);
        return all.stream().flatMap(List::stream).map(sets::get)
            .anyMatch(set -> set != null && set.rapidCommit());
    }
}
