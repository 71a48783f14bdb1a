package org.takahe.dhcp.alloc;

import java.util.List;
import org.takahe.dhcp.classify.ClientClasses;
import org.takahe.dhcp.config.Ipv4Prefix.Ipv4;
import org.takahe.dhcp.config.Pool4;

/**
 * Walks a subnet's pools round robin, resuming where the last allocation stopped (Kea's iterative
 * allocator). In a pool that is not nearly full the next candidate is usually free, so finding an
 * address costs a few lookups instead of a scan from the pool start. Not thread safe: the subnet lock guards it.
 */
final class PoolCursor {
    private final List<Pool4> pools;
    private final int[] starts;
    private final int[] ends;
    private final long size;
    /** Whether some pool serves only a client class; if none does, every client may use every pool. */
    private final boolean restricted;
    private int pool;
    private int next;

    PoolCursor(List<Pool4> pools) {
        this.pools = List.copyOf(pools);
        restricted = pools.stream().anyMatch(p -> p.clientClass().isPresent());
        starts = pools.stream().mapToInt(p -> Ipv4.toInt(p.start())).toArray();
        ends = pools.stream().mapToInt(p -> Ipv4.toInt(p.end())).toArray();
        long total = 0;
        for (int i = 0; i < starts.length; i++) {
            total += Integer.toUnsignedLong(ends[i]) - Integer.toUnsignedLong(starts[i]) + 1;
        }
        size = total;
        next = starts.length == 0 ? 0 : starts[0];
    }

    /** How many addresses the pools hold: the most candidates worth trying before giving up. */
    long size() {
        return size;
    }

    boolean contains(int address) {
        for (int i = 0; i < starts.length; i++) {
            if (Integer.compareUnsigned(address, starts[i]) >= 0 && Integer.compareUnsigned(address, ends[i]) <= 0) {
                return true;
            }
        }
        return false;
    }

    /** Whether the address lies in a pool a client of these classes may be given addresses from. */
    boolean contains(int address, ClientClasses classes) {
        for (int i = 0; i < starts.length; i++) {
            if (Integer.compareUnsigned(address, starts[i]) >= 0 && Integer.compareUnsigned(address, ends[i]) <= 0) {
                return pools.get(i).admits(classes);
            }
        }
        return false;
    }

    /** How many addresses the pools open to these classes hold. */
    long size(ClientClasses classes) {
        if (!restricted) {
            return size;
        }
        long total = 0;
        for (int i = 0; i < starts.length; i++) {
            if (pools.get(i).admits(classes)) {
                total += Integer.toUnsignedLong(ends[i]) - Integer.toUnsignedLong(starts[i]) + 1;
            }
        }
        return total;
    }

    /**
     * The next candidate in a pool open to these classes, skipping closed pools whole so a small class pool
     * beside a large open one costs no scan; callers check {@link #size(ClientClasses)} &gt; 0 first.
     */
    int next(ClientClasses classes) {
        if (restricted && !pools.get(pool).admits(classes)) {
            do {
                pool = (pool + 1) % starts.length;
            } while (!pools.get(pool).admits(classes));
            next = starts[pool];
        }
        return next();
    }

    /** The next candidate address; callers check {@link #size()} &gt; 0 first. */
    int next() {
        int candidate = next;
        if (candidate == ends[pool]) {
            pool = (pool + 1) % starts.length;
            next = starts[pool];
        } else {
            next = candidate + 1;
        }
        return candidate;
    }
}
