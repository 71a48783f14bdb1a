package org.takahe.dhcp.alloc;

import org.takahe.dhcp.classify.ClientClasses;
import org.takahe.dhcp.config.v6.PrefixPool6;
import org.takahe.lease.LeaseKey;
import org.takahe.lease.LeaseType;

/** A DHCPv6 prefix pool's prefixes of the delegated length, lowest first, as IA_PD candidates. */
public final class PrefixPool6Range implements CandidateRange {
    private final PrefixPool6 pool;
    /** How far the index is shifted into the address: 128 minus the delegated length. */
    private final int shift;
    private final long size;

    public PrefixPool6Range(PrefixPool6 pool) {
        this.pool = pool;
        this.shift = 128 - pool.delegatedLength();
        this.size = pool.size();
    }

    @Override
    public String id() {
        return pool.id();
    }

    @Override
    public LeaseType type() {
        return LeaseType.PD;
    }

    @Override
    public long size() {
        return size;
    }

    /** The index's bits lie among the pool prefix's host bits, so they are or-ed in without carry. */
    @Override
    public LeaseKey candidate(long index) {
        if (shift == 128) {
            return LeaseKey.pd(pool.poolPrefix().high(), pool.poolPrefix().low(), 0);
        }
        return LeaseKey.pd(pool.poolPrefix().high() | Uint128.shiftLeftHigh(index, shift),
            pool.poolPrefix().low() | Uint128.shiftLeftLow(index, shift), pool.delegatedLength());
    }

    @Override
    public long indexOf(LeaseKey key) {
        if (key.type() != LeaseType.PD || !pool.contains(key.high(), key.low(), key.prefixLength())) {
            return -1;
        }
        long index = Uint128.shiftRightToLong(key.high() ^ pool.poolPrefix().high(),
            key.low() ^ pool.poolPrefix().low(), shift);
        return index >= 0 && index < size ? index : -1;
    }

    /** DHCPv6 pools serve every client class. */
    @Override
    public boolean admits(ClientClasses classes) {
        return true;
    }

    @Override
    public int utilizationThreshold() {
        return pool.utilizationThreshold();
    }
}
