package org.takahe.dhcp.alloc;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import org.takahe.dhcp.classify.ClientClasses;
import org.takahe.lease.Lease;
import org.takahe.lease.LeaseKey;
import org.takahe.lease.LeaseStore;

/**
 * Per-scope allocation state: the pool cursor and the candidates claimed but not (yet) in the store, either offered
 * or being committed. One lock per scope so scopes never wait on each other. A reserved candidate is free only for
 * the request naming its holder. The same for both families: candidates are {@link LeaseKey}s.
 */
final class SubnetAllocator {
    /** Claims kept before expired ones are swept out, so clients that never come back cost no memory. */
    private static final int SWEEP_THRESHOLD = 1024;

    private final LeaseStore store;
    private final PoolCursor cursor;
    private final Map<LeaseKey, ?> reservations;
    private final ReentrantLock lock = new ReentrantLock();
    private final Map<LeaseKey, Claim> claimsByKey = new HashMap<>();
    private final Map<Client<?>, LeaseKey> claimsByClient = new HashMap<>();
    private int sweepAt = SWEEP_THRESHOLD;

    private record Claim(Client<?> client, Instant until) {
    }

    SubnetAllocator(AllocationScope scope, LeaseStore store) {
        this.store = store;
        this.cursor = new PoolCursor(scope.ranges());
        this.reservations = Map.copyOf(scope.reservations());
    }

    boolean inPools(LeaseKey key) {
        return cursor.contains(key);
    }

    /** Whether the key is in a pool open to a client of these classes. */
    boolean inPools(LeaseKey key, ClientClasses classes) {
        return cursor.contains(key, classes);
    }

    /** The holder the candidate is reserved for, if it is reserved. */
    Optional<?> reservedFor(LeaseKey key) {
        return reservations.isEmpty() ? Optional.empty() : Optional.ofNullable(reservations.get(key));
    }

    /**
     * Picks a candidate for the client and claims it until {@code until}: its reserved one when free, else its
     * current lease, its pending offer, the one it asks for, or the next free one — none of them reserved for anyone
     * else. Empty when the pools are full.
     */
    Optional<LeaseKey> claimForOffer(AllocationRequest<?> request, Instant now, Instant until) {
        Client<?> client = request.client();
        Optional<?> reservation = request.reservation();
        ClientClasses classes = request.classes();
        lock.lock();
        try {
            Optional<LeaseKey> chosen = request.reservedCandidate()
                .filter(key -> isFreeFor(key, client, reservation, now))
                .or(() -> current(client, reservation, classes, now))
                .or(() -> request.requested().filter(key -> inPools(key, classes)
                    && isFreeFor(key, client, reservation, now)))
                .or(() -> nextFree(client, reservation, classes, now));
            chosen.ifPresent(key -> claim(key, client, until, now));
            return chosen;
        } finally {
            lock.unlock();
        }
    }

    /** Claims one specific candidate for a commit; false if another client holds, was offered or has it reserved. */
    boolean claimForCommit(LeaseKey key, Client<?> client, Optional<?> reservation, Instant now, Instant until) {
        lock.lock();
        try {
            if (!isFreeFor(key, client, reservation, now)) {
                return false;
            }
            claim(key, client, until, now);
            return true;
        } finally {
            lock.unlock();
        }
    }

    /** Whether the candidate could be given to the client now (no lease, claim or reservation of another). */
    boolean isAvailableTo(LeaseKey key, Client<?> client, Optional<?> reservation, Instant now) {
        lock.lock();
        try {
            return isFreeFor(key, client, reservation, now);
        } finally {
            lock.unlock();
        }
    }

    /** Drops the client's claim on the candidate (after a commit, or a failed one). */
    void unclaim(LeaseKey key, Client<?> client) {
        lock.lock();
        try {
            Claim claim = claimsByKey.get(key);
            if (claim != null && claim.client().equals(client)) {
                claimsByKey.remove(key);
                claimsByClient.remove(client, key);
            }
        } finally {
            lock.unlock();
        }
    }

    /** Drops whatever the client was offered here, so the candidate is free for others at once. */
    boolean withdraw(Client<?> client) {
        lock.lock();
        try {
            LeaseKey key = claimsByClient.remove(client);
            if (key == null) {
                return false;
            }
            claimsByKey.remove(key);
            return true;
        } finally {
            lock.unlock();
        }
    }

    /** The client's own lease in the pools open to its classes, else its still-valid claim. */
    private Optional<LeaseKey> current(Client<?> client, Optional<?> reservation, ClientClasses classes,
            Instant now) {
        List<? extends Lease> leases = client.leasesIn(store);
        for (Lease lease : leases) {
            LeaseKey key = lease.key();
            if (inPools(key, classes) && isFreeFor(key, client, reservation, now)) {
                return Optional.of(key);
            }
        }
        return Optional.ofNullable(claimsByClient.get(client))
            .filter(key -> claimsByKey.get(key).until().isAfter(now) && isFreeFor(key, client, reservation, now));
    }

    private Optional<LeaseKey> nextFree(Client<?> client, Optional<?> reservation, ClientClasses classes,
            Instant now) {
        long candidates = cursor.size(classes);
        for (long tried = 0; tried < candidates; tried++) {
            LeaseKey candidate = cursor.next(classes);
            if (isFreeFor(candidate, client, reservation, now)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /**
     * Free for this client: not reserved for another holder, no unexpired lease of anyone else (a declined
     * address's placeholder counts until its probation ends), no live claim of anyone else.
     */
    private boolean isFreeFor(LeaseKey key, Client<?> client, Optional<?> reservation, Instant now) {
        if (!reservations.isEmpty()) {
            Object holder = reservations.get(key);
            if (holder != null && !(reservation.isPresent() && holder.equals(reservation.get()))) {
                return false;
            }
        }
        Optional<Lease> lease = store.find(key);
        if (lease.isPresent() && !lease.get().isExpiredAt(now) && !client.owns(lease.get())) {
            return false;
        }
        Claim claim = claimsByKey.get(key);
        return claim == null || claim.client().equals(client) || !claim.until().isAfter(now);
    }

    private void claim(LeaseKey key, Client<?> client, Instant until, Instant now) {
        LeaseKey previous = claimsByClient.put(client, key);
        if (previous != null && !previous.equals(key)) {
            claimsByKey.remove(previous);
        }
        Claim displaced = claimsByKey.put(key, new Claim(client, until));
        if (displaced != null && !displaced.client().equals(client)) {
            claimsByClient.remove(displaced.client(), key);
        }
        if (claimsByKey.size() >= sweepAt) {
            sweepExpired(now);
        }
    }

    /** Forgets expired claims; the next sweep waits until the live ones have doubled, so sweeps stay rare. */
    private void sweepExpired(Instant now) {
        claimsByKey.entrySet().removeIf(entry -> {
            boolean expired = !entry.getValue().until().isAfter(now);
            if (expired) {
                claimsByClient.remove(entry.getValue().client(), entry.getKey());
            }
            return expired;
        });
        sweepAt = Math.max(SWEEP_THRESHOLD, claimsByKey.size() * 2);
    }
}
