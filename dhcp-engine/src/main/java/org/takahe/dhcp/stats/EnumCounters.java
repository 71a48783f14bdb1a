package org.takahe.dhcp.stats;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;

/**
 * One counter per constant of an enum, updated from the event loop and the workers. LongAdder keeps contended
 * increments cheap; the map is filled once and never changes shape, so reads need no lock.
 */
public final class EnumCounters<K extends Enum<K>> {
    private final Map<K, LongAdder> adders;

    public EnumCounters(Class<K> type) {
        Map<K, LongAdder> map = new EnumMap<>(type);
        for (K key : type.getEnumConstants()) {
            map.put(key, new LongAdder());
        }
        this.adders = map;
    }

    public void increment(K key) {
        adders.get(key).increment();
    }

    public long get(K key) {
        return adders.get(key).sum();
    }

    /** Every constant's count now, zero included. */
    public Map<K, Long> snapshot() {
        Map<K, Long> copy = new HashMap<>();
        adders.forEach((key, adder) -> copy.put(key, adder.sum()));
        return copy;
    }
}
