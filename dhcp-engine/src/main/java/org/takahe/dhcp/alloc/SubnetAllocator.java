package org.takahe.dhcp.alloc;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.locks.ReentrantLock;
import org.takahe.dhcp.config.Ipv4Prefix.Ipv4;
import org.takahe.dhcp.config.Subnet4;
import org.takahe.lease.Lease4;
import org.takahe.lease.LeaseStore;

/**
 * Per-subnet allocation state: the free-address cursor and the addresses claimed but not (yet) in
 * the store, either offered or being committed. One lock per subnet so subnets never wait on each other.
 */
final class SubnetAllocator {
    private final LeaseStore store;
    private final PoolCursor cursor;
    private final ReentrantLock lock = new ReentrantLock();
    private final Map<Integer, Claim> claimsByAddress = new HashMap<>();
    private final Map<ClientKey, Integer> claimsByClient = new HashMap<>();

    private record Claim(ClientKey client, Instant until) {
    }

    SubnetAllocator(Subnet4 subnet, LeaseStore store) {
        this.store = store;
        this.cursor = new PoolCursor(subnet.pools());
    }

    boolean inPools(int address) {
        return cursor.contains(address);
    }

    /**
     * Picks an address for the client and claims it until {@code until}: its current lease, its
     * pending offer, the address it asks for, or the next free one. Empty when the pools are full.
     */
    OptionalInt claimForOffer(ClientKey client, Optional<Integer> requested, Instant now, Instant until) {
        lock.lock();
        try {
            OptionalInt chosen = current(client, now)
                .or(() -> requested.filter(a -> inPools(a) && isFreeFor(a, client, now)))
                .map(OptionalInt::of)
                .orElseGet(() -> nextFree(client, now));
            chosen.ifPresent(a -> claim(a, client, until));
            return chosen;
        } finally {
            lock.unlock();
        }
    }

    /** Claims one specific address for a commit; false if another client holds or was offered it. */
    boolean claimForCommit(int address, ClientKey client, Instant now, Instant until) {
        lock.lock();
        try {
            if (!isFreeFor(address, client, now)) {
                return false;
            }
            claim(address, client, until);
            return true;
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

    /** The client's own lease in these pools, else its still-valid claim. */
    private Optional<Integer> current(ClientKey client, Instant now) {
        Optional<Integer> leased = store.findByClient(client.hardwareAddress(), client.clientId())
            .map(lease -> Ipv4.toInt(lease.address()))
            .filter(a -> inPools(a) && isFreeFor(a, client, now));
        return leased.or(() -> Optional.ofNullable(claimsByClient.get(client))
            .filter(a -> claimsByAddress.get(a).until().isAfter(now)));
    }

    private OptionalInt nextFree(ClientKey client, Instant now) {
        for (long tried = 0; tried < cursor.size(); tried++) {
            int candidate = cursor.next();
            if (isFreeFor(candidate, client, now)) {
                return OptionalInt.of(candidate);
            }
        }
        return OptionalInt.empty();
    }

    /** Free for this client: no unexpired lease of anyone else, no live claim of anyone else. */
    private boolean isFreeFor(int address, ClientKey client, Instant now) {
        Optional<Lease4> lease = store.findByAddress(Ipv4.fromInt(address));
        if (lease.isPresent() && !lease.get().isExpiredAt(now) && !client.owns(lease.get())) {
            return false;
        }
        Claim claim = claimsByAddress.get(address);
        return claim == null || claim.client().equals(client) || !claim.until().isAfter(now);
    }

    private void claim(int address, ClientKey client, Instant until) {
        Integer previous = claimsByClient.put(client, address);
        if (previous != null && previous != address) {
            claimsByAddress.remove(previous);
        }
        Claim displaced = claimsByAddress.put(address, new Claim(client, until));
        if (displaced != null && !displaced.client().equals(client)) {
            claimsByClient.remove(displaced.client(), address);
        }
    }
}
