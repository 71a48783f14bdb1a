package org.takahe.netconf.rpc;

import java.util.concurrent.atomic.AtomicLongArray;

/** One set of {@link RpcCounter}s, safe to bump from any thread. */
public final class RpcCounters {

    private final AtomicLongArray values = new AtomicLongArray(RpcCounter.values().length);

    void increment(RpcCounter counter) {
        values.incrementAndGet(counter.ordinal());
    }

    public long get(RpcCounter counter) {
        return values.get(counter.ordinal());
    }
}
