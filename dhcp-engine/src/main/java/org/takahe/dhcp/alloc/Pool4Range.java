package org.takahe.dhcp.alloc;

import org.takahe.dhcp.classify.ClientClasses;
import org.takahe.dhcp.config.Ipv4Prefix.Ipv4;
import org.takahe.dhcp.config.Pool4;
import org.takahe.lease.LeaseKey;
import org.takahe.lease.LeaseType;

/** An IPv4 pool's addresses, first to last, as candidates. */
public final class Pool4Range implements CandidateRange {
    private final Pool4 pool;
    private final int start;
    private final int end;

    public Pool4Range(Pool4 pool) {
        this.pool = pool;
        this.start = Ipv4.toInt(pool.start());
        this.end = Ipv4.toInt(pool.end());
    }

    @Override
    public String id() {
        return pool.id();
    }

    @Override
    public LeaseType type() {
        return LeaseType.V4;
    }

    @Override
    public long size() {
        return pool.size();
    }

    @Override
    public LeaseKey candidate(long index) {
        return LeaseKey.v4(start + (int) index);
    }

    @Override
    public long indexOf(LeaseKey key) {
        if (key.type() != LeaseType.V4) {
            return -1;
        }
        int address = key.v4Value();
        return Integer.compareUnsigned(address, start) >= 0 && Integer.compareUnsigned(address, end) <= 0
            ? Integer.toUnsignedLong(address) - Integer.toUnsignedLong(start) : -1;
    }

    @Override
    public boolean admits(ClientClasses classes) {
        return pool.admits(classes);
    }

    @Override
    public int utilizationThreshold() {
        return pool.utilizationThreshold();
    }
}
