package org.takahe.dhcp.alloc;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.locks.ReentrantLock;
import org.takahe.dhcp.classify.ClientClasses;
import org.takahe.dhcp.config.Ipv4Prefix.Ipv4;
import org.takahe.dhcp.config.Reservation4;
import org.takahe.dhcp.config.Reservations4;
import org.takahe.dhcp.config.Subnet4;
import org.takahe.lease.Lease4;
import org.takahe.lease.LeaseStore;

/**
 * Per-subnet allocation state: the free-address cursor and the addresses claimed but not (yet) in
 * the store, either offered or being committed. One lock per subnet so subnets never wait on each other.
 * A reserved address is free only for the client holding its reservation.
 */
final class SubnetAllocator {
    /** Claims kept before expired ones are swept out, so clients that never come back cost no memory. */
    private static final int SWEEP_THRESHOLD = 1024;

    private final LeaseStore store;
    private final PoolCursor cursor;
    private final Reservations4 reservations;
    private final ReentrantLock lock = new ReentrantLock();
    private final Map<Integer, Claim> claimsByAddress = new HashMap<>();
    private final Map<ClientKey, Integer> claimsByClient = new HashMap<>();
    private int sweepAt = SWEEP_THRESHOLD;

    private record Claim(ClientKey client, Instant until) {
    }

    SubnetAllocator(Subnet4 subnet, LeaseStore store) {
        this.store = store;
        this.cursor = new PoolCursor(subnet.pools());
        this.reservations = subnet.reservations();
    }

    boolean inPools(int address) {
        return cursor.contains(address);
    }

    /** Whether the address is in a pool open to a client of these classes. */
    boolean inPools(int address, ClientClasses classes) {
        return cursor.contains(address, classes);
    }

    /**
     * Picks an address for the client and claims it until {@code until}: its reserved address when free,
     * else its current lease, its pending offer, the address it asks for, or the next free one — none of
     * them reserved for another client. Empty when the pools are full.
     */
    OptionalInt claimForOffer(ClientKey client, Optional<Reservation4> reservation, ClientClasses classes,
            Optional<Integer> requested, Instant now, Instant until) {
        lock.lock();
        try {
            OptionalInt chosen = reservation.flatMap(Reservation4::address).map(Ipv4::toInt)
                .filter(a -> isFreeFor(a, client, reservation, now))
                .or(() -> current(client, reservation, classes, now))
                .or(() -> requested.filter(a -> inPools(a, classes) && isFreeFor(a, client, reservation, now)))
                .map(OptionalInt::of)
                .orElseGet(() -> nextFree(client, reservation, classes, now));
            chosen.ifPresent(a -> claim(a, client, until, now));
            return chosen;
        } finally {
            lock.unlock();
        }
    }

    /** Claims one specific address for a commit; false if another client holds, was offered or has it reserved. */
    boolean claimForCommit(int address, ClientKey client, Optional<Reservation4> reservation, Instant now,
            Instant until) {
        lock.lock();
        try {
            if (!isFreeFor(address, client, reservation, now)) {
                return false;
            }
            claim(address, client, until, now);
            return true;
        } finally {
            lock.unlock();
        }
    }

    /** Whether the address could be given to the client now (no lease, claim or reservation of another). */
    boolean isAvailableTo(int address, ClientKey client, Optional<Reservation4> reservation, Instant now) {
        lock.lock();
        try {
            return isFreeFor(address, client, reservation, now);
        } finally {
            lock.unlock();
        }
    }

    /** Drops the client's claim on the address (after a commit, or a failed one). */
    void unclaim(int address, ClientKey client) {
        lock.lock();
        try {
            Claim claim = claimsByAddress.get(address);
            if (claim != null && claim.client().equals(client)) {
                claimsByAddress.remove(address);
                claimsByClient.remove(client, address);
            }
        } finally {
            lock.unlock();
        }
    }

    /** Drops whatever the client was offered here, so the address is free for others at once. */
    boolean withdraw(ClientKey client) {
        lock.lock();
        try {
            Integer address = claimsByClient.remove(client);
            if (address == null) {
                return false;
            }
            claimsByAddress.remove(address);
            return true;
        } finally {
            lock.unlock();
        }
    }

    /** The client's own lease in the pools open to its classes, else its still-valid claim. */
    private Optional<Integer> current(ClientKey client, Optional<Reservation4> reservation, ClientClasses classes,
            Instant now) {
        Optional<Integer> leased = AllocationEngine.findLease(store, client)
            .map(lease -> Ipv4.toInt(lease.address()))
            .filter(a -> inPools(a, classes) && isFreeFor(a, client, reservation, now));
        return leased.or(() -> Optional.ofNullable(claimsByClient.get(client))
            .filter(a -> claimsByAddress.get(a).until().isAfter(now)
                && isFreeFor(a, client, reservation, now)));
    }

    private OptionalInt nextFree(ClientKey client, Optional<Reservation4> reservation, ClientClasses classes,
            Instant now) {
        long candidates = cursor.size(classes);
        for (long tried = 0; tried < candidates; tried++) {
            int candidate = cursor.next(classes);
            if (isFreeFor(candidate, client, reservation, now)) {
                return OptionalInt.of(candidate);
            }
        }
        return OptionalInt.empty();
    }

    /**
     * Free for this client: not reserved for another client, no unexpired lease of anyone else (a declined
     * address's placeholder counts until its probation ends), no live claim of anyone else.
     */
    private boolean isFreeFor(int address, ClientKey client, Optional<Reservation4> reservation, Instant now) {
        Optional<Reservation4> holder = reservations.reservedAt(address);
        if (holder.isPresent() && !holder.equals(reservation)) {
            return false;
        }
        Optional<Lease4> lease = store.findByAddress(Ipv4.fromInt(address));
        if (lease.isPresent() && !lease.get().isExpiredAt(now) && !client.owns(lease.get())) {
            return false;
        }
        Claim claim = claimsByAddress.get(address);
        return claim == null || claim.client().equals(client) || !claim.until().isAfter(now);
    }

    private void claim(int address, ClientKey client, Instant until, Instant now) {
        Integer previous = claimsByClient.put(client, address);
        if (previous != null && previous != address) {
            claimsByAddress.remove(previous);
        }
        Claim displaced = claimsByAddress.put(address, new Claim(client, until));
        if (displaced != null && !displaced.client().equals(client)) {
            claimsByClient.remove(displaced.client(), address);
        }
        if (claimsByAddress.size() >= sweepAt) {
            sweepExpired(now);
        }
    }

    /** Forgets expired claims; the next sweep waits until the live ones have doubled, so sweeps stay rare. */
    private void sweepExpired(Instant now) {
        claimsByAddress.entrySet().removeIf(entry -> {
            boolean expired = !entry.getValue().until().isAfter(now);
            if (expired) {
                claimsByClient.remove(entry.getValue().client(), entry.getKey());
            }
            return expired;
        });
        sweepAt = Math.max(SWEEP_THRESHOLD, claimsByAddress.size() * 2);
    }
}
