package org.takahe.lease.csv;

import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeMap;

/**
 * Kea numbers its subnets; Takahe names its allocation ranges. This is the translation between the two, given by
 * the operator as {@code ID=NAME,...} (e.g. {@code 1=lan,2=guest}).
 */
public record SubnetMap(Map<Long, String> namesById) {

    public SubnetMap {
        namesById = Map.copyOf(namesById);
        if (namesById.values().stream().distinct().count() != namesById.size()) {
            throw new IllegalArgumentException("subnet map gives one subnet name two ids: " + namesById);
        }
    }

    public static SubnetMap empty() {
        return new SubnetMap(Map.of());
    }

    /** Parses {@code ID=NAME,...}; throws {@link IllegalArgumentException} naming the bad entry. */
    public static SubnetMap parse(String text) {
        Map<Long, String> names = new TreeMap<>();
        for (String entry : text.split(",", -1)) {
            int equals = entry.indexOf('=');
            String name = equals < 0 ? "" : entry.substring(equals + 1).trim();
            long id;
            try {
                id = equals < 0 ? -1 : Long.parseLong(entry.substring(0, equals).trim());
            } catch (NumberFormatException e) {
                id = -1;
            }
            if (id < 1 || id > 0xFFFF_FFFFL || name.isEmpty()) {
                throw new IllegalArgumentException("subnet map entry '" + entry
                    + "' must be ID=NAME with ID a Kea subnet-id 1-4294967295");
            }
            if (names.putIfAbsent(id, name) != null) {
                throw new IllegalArgumentException("subnet map gives subnet-id " + id + " twice");
            }
        }
        return new SubnetMap(names);
    }

    public Optional<String> nameOf(long id) {
        return Optional.ofNullable(namesById.get(id));
    }

    /**
     * The ids to export under: each name keeps the id this map gives it; names the map lacks are numbered after
     * the highest id given, in name order, so the same store and map always export the same numbers.
     *
     * @return an id for each of {@code names} and no others
     */
    public Map<String, Long> idsForExport(SortedSet<String> names) {
        Map<String, Long> given = new TreeMap<>();
        namesById.forEach((id, name) -> given.put(name, id));
        long next = namesById.keySet().stream().mapToLong(Long::longValue).max().orElse(0) + 1;
        Map<String, Long> ids = new TreeMap<>();
        for (String name : names) {
            Long id = given.get(name);
            ids.put(name, id != null ? id : next++);
        }
        return ids;
    }
}
