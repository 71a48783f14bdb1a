package org.takahe.dhcp.alloc;

import java.util.List;
import org.takahe.dhcp.classify.ClientClasses;
import org.takahe.lease.LeaseKey;

/**
 * Walks a scope's pools round robin, resuming where the last allocation stopped (Kea's iterative allocator). In a
 * pool that is not nearly full the next candidate is usually free, so finding one costs a few lookups instead of a
 * scan from the pool start. Positions are indices into a pool, so a DHCPv6 pool of 2^64 addresses costs no more than
 * a small one. Not thread safe: the scope's lock guards it.
 */
final class PoolCursor {
    private final List<CandidateRange> ranges;
    private final long size;
    /** Whether some pool serves only a client class; if none does, every client may use every pool. */
    private final boolean restricted;
    private int range;
    private long next;

    PoolCursor(List<CandidateRange> ranges) {
        this.ranges = List.copyOf(ranges);
        restricted = ranges.stream().anyMatch(r -> !r.admits(ClientClasses.NONE));
        size = sizeOf(ranges, ClientClasses.NONE, false);
    }

    /** How many candidates the pools hold (saturated): the most worth trying before giving up. */
    long size() {
        return size;
    }

    boolean contains(LeaseKey key) {
        for (CandidateRange candidates : ranges) {
            if (candidates.contains(key)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the key lies in a pool a client of these classes may be given candidates from. */
    boolean contains(LeaseKey key, ClientClasses classes) {
        for (CandidateRange candidates : ranges) {
            if (candidates.contains(key)) {
                return candidates.admits(classes);
            }
        }
        return false;
    }

    /** How many candidates the pools open to these classes hold (saturated). */
    long size(ClientClasses classes) {
        return restricted ? sizeOf(ranges, classes, true) : size;
    }

    private static long sizeOf(List<CandidateRange> ranges, ClientClasses classes, boolean onlyAdmitting) {
        long total = 0;
        for (CandidateRange candidates : ranges) {
            if (!onlyAdmitting || candidates.admits(classes)) {
                total = total > Long.MAX_VALUE - candidates.size() ? Long.MAX_VALUE : total + candidates.size();
            }
        }
        return total;
    }

    /**
     * The next candidate in a pool open to these classes, skipping closed or empty pools whole so a small class pool
     * beside a large open one costs no scan; callers check {@link #size(ClientClasses)} &gt; 0 first.
     */
    LeaseKey next(ClientClasses classes) {
        while (next >= ranges.get(range).size() || (restricted && !ranges.get(range).admits(classes))) {
            range = (range + 1) % ranges.size();
            next = 0;
        }
        LeaseKey candidate = ranges.get(range).candidate(next);
        next++;
        return candidate;
    }
}
