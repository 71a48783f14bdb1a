package org.takahe.dhcp.alloc;

import org.takahe.dhcp.classify.ClientClasses;
import org.takahe.dhcp.config.v6.AddressPool6;
import org.takahe.dhcp.config.v6.Ipv6Prefix;
import org.takahe.lease.LeaseKey;
import org.takahe.lease.LeaseType;

/** A DHCPv6 address pool's addresses, start to end, as IA_NA candidates. */
public final class AddressPool6Range implements CandidateRange {
    private final AddressPool6 pool;
    private final long startHigh;
    private final long startLow;
    private final long size;

    public AddressPool6Range(AddressPool6 pool) {
        this.pool = pool;
        this.startHigh = Ipv6Prefix.high(pool.start());
        this.startLow = Ipv6Prefix.low(pool.start());
        this.size = pool.size();
    }

    @Override
    public String id() {
        return pool.id();
    }

    @Override
    public LeaseType type() {
        return LeaseType.NA;
    }

    @Override
    public long size() {
        return size;
    }

    @Override
    public LeaseKey candidate(long index) {
        return LeaseKey.na(Uint128.addHigh(startHigh, startLow, index), startLow + index);
    }

    @Override
    public long indexOf(LeaseKey key) {
        if (key.type() != LeaseType.NA || Uint128.compare(key.high(), key.low(), startHigh, startLow) < 0) {
            return -1;
        }
        long offsetHigh = Uint128.subtractHigh(key.high(), key.low(), startHigh, startLow);
        long offset = key.low() - startLow;
        return offsetHigh == 0 && offset >= 0 && offset < size ? offset : -1;
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
