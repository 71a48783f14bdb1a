package org.takahe.dhcp.alloc;

import java.util.List;
import org.takahe.dhcp.config.Ipv4Prefix.Ipv4;
import org.takahe.dhcp.config.Pool4;

/**
 * Walks a subnet's pools round robin, resuming where the last allocation stopped (Kea's iterative
 * allocator). In a pool that is not nearly full the next candidate is usually free, so finding an
 * address costs a few lookups instead of a scan from the pool start. Not thread safe: the subnet lock guards it.
 */
final class PoolCursor {
    private final int[] starts;
    private final int[] ends;
    private final long size;
    private int pool;
    private int next;

    PoolCursor(List<Pool4> pools) {
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
