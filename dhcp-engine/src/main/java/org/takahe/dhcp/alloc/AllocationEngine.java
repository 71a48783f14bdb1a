package org.takahe.dhcp.alloc;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.takahe.lease.Lease;
import org.takahe.lease.Lease4;
import org.takahe.lease.LeaseKey;
import org.takahe.lease.LeaseStore;
import org.takahe.lease.LeaseStoreException;
import org.takahe.lease.LeaseType;

/**
 * Decides which address or prefix a client gets, for both families: a DHCPv4 client in a subnet, or one IA of a
 * DHCPv6 client in a range's address or prefix pools. Offers are tentative (claimed in memory for {@code offerHold},
 * never stored); commits return only once {@link LeaseStore#commit} has made the lease durable. A candidate under an
 * unexpired lease of another client is never handed out; expired ones are reused.
 *
 * <p>Host reservations, resolved as Kea documents for conflicts: a reserved candidate is never given to anyone but
 * its holder; while another client's lease still covers it, the holder gets a pool candidate instead, and once the
 * reserved one is free a request to keep that pool candidate is refused (DHCPv4 NAK), so the client comes back and
 * gets its reservation. The other client is refused its renewal meanwhile.
 */
public final class AllocationEngine {
    /** Hardware address of the placeholder lease that keeps a declined IPv4 address out of use. */
    public static final String DECLINED = Lease4.DECLINED_HARDWARE_ADDRESS;

    private final LeaseStore store;
    private final Clock clock;
    private final Duration offerHold;
    private final ConcurrentMap<AllocationScope, SubnetAllocator> scopes = new ConcurrentHashMap<>();
    /** Where each client's pending offer is claimed, so a client that chose another server frees it at once. */
    private final ConcurrentMap<Client<?>, SubnetAllocator> offers = new ConcurrentHashMap<>();

    public AllocationEngine(LeaseStore store, Clock clock, Duration offerHold) {
        this.store = store;
        this.clock = clock;
        this.offerHold = offerHold;
    }

    public <L extends Lease> LeaseDecision<L> allocate(AllocationRequest<L> request) {
        return allocate(request, LeaseCallouts.none());
    }

    /** Allocates, asking the hook callouts before a lease is offered, stored or extended. */
    public <L extends Lease> LeaseDecision<L> allocate(AllocationRequest<L> request, LeaseCallouts<L> callouts) {
        Instant now = clock.instant();
        SubnetAllocator allocator = allocator(request.scope());
        return switch (request.mode()) {
            case OFFER -> offer(allocator, request, now, callouts);
            case COMMIT -> commitRequested(allocator, request, now, callouts);
            case ASSIGN -> assign(allocator, request, now, callouts);
        };
    }

    /** The leases the client holds, in whatever subnet, expired or not; the one it most likely uses first. */
    public <L extends Lease> List<L> leasesOf(Client<L> client) {
        return client.leasesIn(store);
    }

    /** The DHCPv4 client's lease, in whatever subnet, expired or not. */
    public Optional<Lease4> leaseOf(ClientKey client) {
        return leasesOf(client).stream().findFirst();
    }

    /**
     * The client turned to another server (a DHCPv4 REQUEST names that server): what was offered to it here is free
     * for others from now on, not only when the offer would have lapsed.
     */
    public boolean withdrawOffer(Client<?> client) {
        boolean withdrawn = false;
        for (Client<?> identity : client.offerIdentities()) {
            SubnetAllocator allocator = offers.remove(identity);
            withdrawn |= allocator != null && allocator.withdraw(identity);
        }
        return withdrawn;
    }

    /** Removes the client's lease on this key; false if it holds none there. Durable on return. */
    public <L extends Lease> boolean release(Client<L> client, LeaseKey key) throws LeaseStoreException {
        return release(client, key, LeaseCallouts.none());
    }

    /** As {@link #release(Client, LeaseKey)}; false too when a hook callout keeps the lease. */
    public <L extends Lease> boolean release(Client<L> client, LeaseKey key, LeaseCallouts<L> callouts)
            throws LeaseStoreException {
        Optional<L> lease = store.find(key).flatMap(client::own);
        if (lease.isEmpty() || !callouts.release(lease.get())) {
            return false;
        }
        store.delete(key);
        return true;
    }

    /**
     * The client reports the address (or prefix) in use by someone else: replace its lease by a placeholder nobody
     * owns, so it rests until {@code probation} has passed and is then reused like any expired lease. Empty if the
     * client holds no lease on it.
     */
    public Optional<Instant> decline(Client<?> client, LeaseKey key, Duration probation) throws LeaseStoreException {
        Optional<Lease> lease = store.find(key).filter(client::owns);
        if (lease.isEmpty()) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        Instant until = now.plus(probation);
        store.commit(lease.get().declinedAt(now, until));
        return Optional.of(until);
    }

    /** Forgets the state of scopes no longer configured (or configured differently). */
    public void retain(Collection<? extends AllocationScope> configured) {
        scopes.keySet().retainAll(Set.copyOf(configured));
        Set<SubnetAllocator> live = Collections.newSetFromMap(new IdentityHashMap<>());
        live.addAll(scopes.values());
        offers.values().removeIf(allocator -> !live.contains(allocator));
    }

    private SubnetAllocator allocator(AllocationScope scope) {
        return scopes.computeIfAbsent(scope, s -> new SubnetAllocator(s, store));
    }

    private <L extends Lease> LeaseDecision<L> offer(SubnetAllocator allocator, AllocationRequest<L> request,
            Instant now, LeaseCallouts<L> callouts) {
        Optional<LeaseKey> chosen = allocator.claimForOffer(request, now, now.plus(offerHold));
        if (chosen.isEmpty()) {
            return exhausted(request);
        }
        L offered = lease(request, chosen.get(), now);
        if (!callouts.select(offered, true)) {
            allocator.unclaim(chosen.get(), request.client());
            return new LeaseDecision.Refused<>(chosen.get() + " is refused by a hook library");
        }
        offers.put(request.client(), allocator);
        return new LeaseDecision.Offered<>(offered);
    }

    /** Commits exactly the requested candidate, or refuses. */
    private <L extends Lease> LeaseDecision<L> commitRequested(SubnetAllocator allocator, AllocationRequest<L> request,
            Instant now, LeaseCallouts<L> callouts) {
        if (request.requested().isEmpty()) {
            return new LeaseDecision.Refused<>("no address requested");
        }
        LeaseKey requested = request.requested().get();
        Optional<String> refusal = refusal(allocator, request, requested, now);
        if (refusal.isPresent()) {
            return new LeaseDecision.Refused<>(requested + " " + refusal.get());
        }
        // The claim keeps other clients off the candidate while the store writes outside the lock.
        if (!allocator.claimForCommit(requested, request.client(), request.reservation(), now, now.plus(offerHold))) {
            return new LeaseDecision.Refused<>(requested + " is leased or offered to another client");
        }
        return commitClaimed(allocator, request, requested, now, callouts);
    }

    /** Chooses as for an offer, the requested candidate being a hint, and commits the choice. */
    private <L extends Lease> LeaseDecision<L> assign(SubnetAllocator allocator, AllocationRequest<L> request,
            Instant now, LeaseCallouts<L> callouts) {
        Optional<LeaseKey> chosen = allocator.claimForOffer(request, now, now.plus(offerHold));
        if (chosen.isEmpty()) {
            return exhausted(request);
        }
        return commitClaimed(allocator, request, chosen.get(), now, callouts);
    }

    /** Stores the lease on a candidate the client has claimed, replacing its other leases; drops the claim. */
    private <L extends Lease> LeaseDecision<L> commitClaimed(SubnetAllocator allocator, AllocationRequest<L> request,
            LeaseKey key, Instant now, LeaseCallouts<L> callouts) {
        Client<L> client = request.client();
        try {
            List<L> previous = client.leasesIn(store);
            L lease = lease(request, key, now);
            Optional<Lease> stored = store.find(key);
            Optional<LeaseDecision<L>> vetoed = hookVeto(callouts, client, lease, stored, now);
            if (vetoed.isPresent()) {
                return vetoed.get();
            }
            // Another client's expired lease that background reclamation has not removed yet ends here.
            stored.filter(old -> !client.owns(old) && old.isExpiredAt(now) && !old.isDeclined())
                .flatMap(old -> sameFamily(lease, old)).ifPresent(callouts::expire);
            store.commit(lease);
            List<L> replaced = new ArrayList<>();
            for (L old : previous) {
                if (!old.key().equals(key)) {
                    store.delete(old.key());
                    replaced.add(old);
                }
            }
            return new LeaseDecision.Committed<>(lease, replaced);
        } catch (LeaseStoreException e) {
            return new LeaseDecision.StoreFailed<>(e.getMessage() == null ? e.toString() : e.getMessage());
        } finally {
            allocator.unclaim(key, client);
            offers.remove(client, allocator);
        }
    }

    /** The stored lease typed as the new one: a key's type fixes its family, so this always holds. */
    @SuppressWarnings("unchecked")
    private static <L extends Lease> Optional<L> sameFamily(L lease, Lease old) {
        return lease.getClass().isInstance(old) ? Optional.of((L) old) : Optional.empty();
    }

    /**
     * What the hook callouts make of a commit: extending the client's own lease asks the renew point (refused: the
     * lease as stored, or a refusal if that has run out), anything else asks the select point (refused: a refusal).
     */
    private static <L extends Lease> Optional<LeaseDecision<L>> hookVeto(LeaseCallouts<L> callouts, Client<L> client,
            L lease, Optional<Lease> stored, Instant now) {
        Optional<L> own = stored.flatMap(client::own);
        if (own.isPresent() ? callouts.renew(lease) : callouts.select(lease, false)) {
            return Optional.empty();
        }
        if (own.isPresent() && !own.get().isExpiredAt(now)) {
            return Optional.of(new LeaseDecision.Committed<>(own.get()));
        }
        return Optional.of(new LeaseDecision.Refused<>(lease.key() + (own.isPresent() ? " is not renewed"
            : " is refused") + " by a hook library"));
    }

    /** Why this client may not have this candidate in this scope, if it may not (the reason ends up in a NAK). */
    private static Optional<String> refusal(SubnetAllocator allocator, AllocationRequest<?> request, LeaseKey key,
            Instant now) {
        AllocationScope scope = request.scope();
        if (!scope.onLink(key)) {
            return Optional.of("is not in " + scope.describe());
        }
        Optional<?> holder = allocator.reservedFor(key);
        if (holder.isPresent() && !holder.equals(request.reservation())) {
            return Optional.of("is reserved for another client");
        }
        Optional<LeaseKey> reserved = request.reservedCandidate();
        if (reserved.isPresent() && !reserved.get().equals(key)
                && allocator.isAvailableTo(reserved.get(), request.client(), request.reservation(), now)) {
            return Optional.of("is not the address reserved for this client, which is free");
        }
        if (holder.isEmpty() && !allocator.inPools(key)) {
            return Optional.of("is not in a pool of " + scope.name());
        }
        if (holder.isEmpty() && !allocator.inPools(key, request.classes())) {
            return Optional.of("is in a pool of " + scope.name() + " reserved for a class the client is not in");
        }
        return Optional.empty();
    }

    private static <L extends Lease> LeaseDecision<L> exhausted(AllocationRequest<L> request) {
        return new LeaseDecision.Exhausted<>("no free " + (request.scope().type() == LeaseType.PD
            ? "prefix" : "address") + " in the pools of " + request.scope().name());
    }

    /** The lease for this client on this candidate, keeping the first-allocated time of one it already holds. */
    private <L extends Lease> L lease(AllocationRequest<L> request, LeaseKey key, Instant now) {
        Instant allocated = store.find(key).flatMap(request.client()::own).map(Lease::allocated).orElse(now);
        return request.factory().lease(key, allocated, now);
    }
}
