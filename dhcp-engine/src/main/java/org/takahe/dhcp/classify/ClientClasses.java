package org.takahe.dhcp.classify;

import java.util.ArrayList;
import java.util.List;

/**
 * The classes a packet belongs to, in the order they were assigned: built-in ones first, then configured ones in
 * configuration order. The order decides which class wins when two set the same thing (the first, as in Kea).
 */
public record ClientClasses(List<String> names) {
    public static final ClientClasses NONE = new ClientClasses(List.of());

    public ClientClasses {
        names = List.copyOf(names);
    }

    public boolean contains(String name) {
        // A handful of names per packet: a scan beats hashing here and allocates nothing.
        for (String member : names) {
            if (member.equals(name)) {
                return true;
            }
        }
        return false;
    }

    /** These classes plus {@code name} at the end (unchanged if already a member). */
    public ClientClasses with(String name) {
        if (contains(name)) {
            return this;
        }
        List<String> more = new ArrayList<>(names.size() + 1);
        more.addAll(names);
        more.add(name);
        return new ClientClasses(more);
    }

    @Override
    public String toString() {
        return String.join(", ", names);
    }
}
