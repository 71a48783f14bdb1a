package org.takahe.dhcp.alloc;

import java.net.Inet4Address;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.stream.Collectors;
import org.takahe.dhcp.config.Ipv4Prefix.Ipv4;
import org.takahe.dhcp.config.LeaseTimerPrecedence;
import org.takahe.dhcp.config.Reservation4;
import org.takahe.dhcp.config.Subnet4;
import org.takahe.lease.Lease4;
import org.takahe.lease.LeaseStore;
import org.takahe.lease.LeaseStoreException;

/**
 * Decides which address a client gets. Offers are tentative (claimed in memory for {@code offerHold},
 * never stored); commits return only once {@link LeaseStore#commit} has made the lease durable.
 * An address under an unexpired lease of another client is never handed out; expired ones are reused.
 *
 * <p>Host reservations, resolved as Kea documents for conflicts: a reserved address is never given to
 * anyone but its holder; while another client's lease still covers it, the holder gets a pool address
 * instead, and once the address is free a request to keep that pool address is refused (NAK), so the
 * client comes back and gets its reserved address. The other client is refused its renewal meanwhile.
 */
public final class AllocationEngine {
    /** Hardware address of the placeholder lease that keeps a declined address out of use. */
    public static final String DECLINED = "";

    private final LeaseStore store;
    private final Clock clock;
    private final Duration offerHold;
    private final ConcurrentMap<Subnet4, SubnetAllocator> subnets = new ConcurrentHashMap<>();
    /** Where each client's pending offer is claimed, so a client that chose another server frees it at once. */
    private final ConcurrentMap<ClientKey, SubnetAllocator> offers = new ConcurrentHashMap<>();

    public AllocationEngine(LeaseStore store, Clock clock, Duration offerHold) {
        this.store = store;
        this.clock = clock;
        this.offerHold = offerHold;
    }

    public LeaseDecision allocate(AllocationRequest request) {
        return allocate(request, LeaseCallouts.NONE);
    }

    /** Allocates, asking the hook callouts before a lease is offered, stored or extended. */
    public LeaseDecision allocate(AllocationRequest request, LeaseCallouts callouts) {
        Instant now = clock.instant();
        SubnetAllocator allocator = allocator(request.subnet());
        return switch (request.mode()) {
            case OFFER -> offer(allocator, request, now, callouts);
            case COMMIT -> commit(allocator, request, now, callouts);
        };
    }

    /** The lease the client holds, in whatever subnet, expired or not. */
    public Optional<Lease4> leaseOf(ClientKey client) {
        return findLease(store, client);
    }

    /**
     * The client turned to another server (its REQUEST names that server): the address offered to it here
     * is free for others from now on, not only when the offer would have lapsed. Looks under the identity
     * as sent and as a subnet not matching client ids would have keyed the offer.
     */
    public boolean withdrawOffer(ClientKey client) {
        boolean withdrawn = withdraw(client);
        ClientKey byHardware = client.byHardwareAddressOnly();
        return byHardware.equals(client) ? withdrawn : withdraw(byHardware) | withdrawn;
    }

    private boolean withdraw(ClientKey key) {
        SubnetAllocator allocator = offers.remove(key);
        return allocator != null && allocator.withdraw(key);
    }

    /** Removes the client's lease on this address; false if it holds none there. Durable on return. */
    public boolean release(ClientKey client, Inet4Address address) throws LeaseStoreException {
        return release(client, address, LeaseCallouts.NONE);
    }

    /** As {@link #release(ClientKey, Inet4Address)}; false too when a hook callout keeps the lease. */
    public boolean release(ClientKey client, Inet4Address address, LeaseCallouts callouts)
            throws LeaseStoreException {
        Optional<Lease4> lease = store.findByAddress(address).filter(client::owns);
        if (lease.isEmpty() || !callouts.release(lease.get())) {
            return false;
        }
        store.delete(address);
        return true;
    }

    /**
     * The client reports the address in use by someone else (DECLINE): replace its lease by a
     * placeholder nobody owns, so the address rests until {@code probation} has passed and is then
     * reused like any expired lease. Empty if the client holds no lease on the address.
     */
    public Optional<Instant> decline(ClientKey client, Inet4Address address, Duration probation)
            throws LeaseStoreException {
        Optional<Lease4> lease = store.findByAddress(address).filter(client::owns);
        if (lease.isEmpty()) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        Instant until = now.plus(probation);
        store.commit(new Lease4(address, DECLINED, Optional.empty(), lease.get().subnetId(), now, now, until,
            Optional.empty()));
        return Optional.of(until);
    }

    /** Whether this is the placeholder of a declined address rather than a client's lease. */
    public static boolean isDeclined(Lease4 lease) {
        return lease.hardwareAddress().equals(DECLINED) && lease.clientId().isEmpty();
    }

    /** Forgets the state of subnets no longer configured (or configured differently). */
    public void retain(Collection<Subnet4> configured) {
        Set<Subnet4> keep = configured.stream().collect(Collectors.toSet());
        subnets.keySet().retainAll(keep);
        Set<SubnetAllocator> live = Collections.newSetFromMap(new IdentityHashMap<>());
        live.addAll(subnets.values());
        offers.values().removeIf(allocator -> !live.contains(allocator));
    }

    /**
     * The client's lease: by client identifier when it has one, else (or when none is found) by hardware
     * address, but then only a lease recorded without a client identifier (Kea's lookup order).
     */
    static Optional<Lease4> findLease(LeaseStore store, ClientKey client) {
        Optional<Lease4> found = store.findByClient(client.hardwareAddress(), client.clientId());
        if (found.isPresent() || client.clientId().isEmpty()) {
            return found;
        }
        return store.findByClient(client.hardwareAddress(), Optional.empty()).filter(l -> l.clientId().isEmpty());
    }

    private SubnetAllocator allocator(Subnet4 subnet) {
        return subnets.computeIfAbsent(subnet, s -> new SubnetAllocator(s, store));
    }

    private LeaseDecision offer(SubnetAllocator allocator, AllocationRequest request, Instant now,
            LeaseCallouts callouts) {
        OptionalInt address = allocator.claimForOffer(request.client(), request.reservation(), request.classes(),
            request.requested().map(Ipv4::toInt), now, now.plus(offerHold));
        if (address.isEmpty()) {
            return new LeaseDecision.Exhausted("no free address in the pools of subnet " + request.subnet().id());
        }
        Lease4 offered = lease(request, address.getAsInt(), now);
        if (!callouts.select(offered, true)) {
            allocator.unclaim(address.getAsInt(), request.client());
            return new LeaseDecision.Refused(offered.address().getHostAddress() + " is refused by a hook library");
        }
        offers.put(request.client(), allocator);
        return new LeaseDecision.Offered(offered);
    }

    private LeaseDecision commit(SubnetAllocator allocator, AllocationRequest request, Instant now,
            LeaseCallouts callouts) {
        if (request.requested().isEmpty()) {
            return new LeaseDecision.Refused("no address requested");
        }
        Inet4Address requested = request.requested().get();
        ClientKey client = request.client();
        Optional<String> refusal = refusal(allocator, request, Ipv4.toInt(requested), now);
        if (refusal.isPresent()) {
            return new LeaseDecision.Refused(requested.getHostAddress() + " " + refusal.get());
        }
        int address = Ipv4.toInt(requested);
        // The claim keeps other clients off the address while the store writes outside the lock.
        if (!allocator.claimForCommit(address, client, request.reservation(), now, now.plus(offerHold))) {
            return new LeaseDecision.Refused(requested.getHostAddress() + " is leased or offered to another client");
        }
        try {
            Optional<Lease4> previous = findLease(store, client);
            Lease4 lease = lease(request, address, now);
            Optional<Lease4> stored = store.findByAddress(requested);
            Optional<LeaseDecision> vetoed = hookVeto(callouts, client, lease, stored, now);
            if (vetoed.isPresent()) {
                return vetoed.get();
            }
            // Another client's expired lease that background reclamation has not removed yet ends here.
            stored.filter(old -> !client.owns(old) && old.isExpiredAt(now) && !isDeclined(old))
                .ifPresent(callouts::expire);
            store.commit(lease);
            if (previous.isPresent() && !previous.get().address().equals(requested)) {
                store.delete(previous.get().address());
            }
            return new LeaseDecision.Committed(lease);
        } catch (LeaseStoreException e) {
            return new LeaseDecision.StoreFailed(e.getMessage() == null ? e.toString() : e.getMessage());
        } finally {
            allocator.unclaim(address, client);
            offers.remove(client, allocator);
        }
    }

    /**
     * What the hook callouts make of a commit: extending the client's own lease asks lease4-renew (refused: the
     * lease as stored, or a NAK if that has run out), anything else asks lease4-select (refused: a NAK).
     */
    private static Optional<LeaseDecision> hookVeto(LeaseCallouts callouts, ClientKey client, Lease4 lease,
            Optional<Lease4> stored, Instant now) {
        Optional<Lease4> own = stored.filter(client::owns);
        if (own.isPresent() ? callouts.renew(lease) : callouts.select(lease, false)) {
            return Optional.empty();
        }
        String address = lease.address().getHostAddress();
        if (own.isPresent() && !own.get().isExpiredAt(now)) {
            return Optional.of(new LeaseDecision.Committed(own.get()));
        }
        return Optional.of(new LeaseDecision.Refused(address + (own.isPresent() ? " is not renewed" : " is refused")
            + " by a hook library"));
    }

    /** Why this client may not have this address in this subnet, if it may not (the reason ends up in the NAK). */
    private static Optional<String> refusal(SubnetAllocator allocator, AllocationRequest request, int address,
            Instant now) {
        Subnet4 subnet = request.subnet();
        if (!subnet.prefix().contains(address)) {
            return Optional.of("is not in subnet " + subnet.id() + " " + subnet.prefix());
        }
        Optional<Reservation4> holder = subnet.reservations().reservedAt(address);
        if (holder.isPresent() && !holder.equals(request.reservation())) {
            return Optional.of("is reserved for another client");
        }
        Optional<Integer> reserved = request.reservedAddress().map(Ipv4::toInt);
        if (reserved.isPresent() && reserved.get() != address
                && allocator.isAvailableTo(reserved.get(), request.client(), request.reservation(), now)) {
            return Optional.of("is not the address reserved for this client, which is free");
        }
        if (holder.isEmpty() && !allocator.inPools(address)) {
            return Optional.of("is not in a pool of subnet " + subnet.id());
        }
        if (holder.isEmpty() && !allocator.inPools(address, request.classes())) {
            return Optional.of("is in a pool of subnet " + subnet.id() + " reserved for a class the client is not in");
        }
        return Optional.empty();
    }

    /**
     * The lease for this client on this address, keeping the first-allocated time of one it already holds; its
     * lifetime is the address's pool's when the pool sets timers (pool, class, subnet: {@link LeaseTimerPrecedence}).
     */
    private Lease4 lease(AllocationRequest request, int address, Instant now) {
        Inet4Address inet = Ipv4.fromInt(address);
        ClientKey client = request.client();
        Instant allocated = store.findByAddress(inet).filter(client::owns).map(Lease4::allocated).orElse(now);
        Duration lifetime = LeaseTimerPrecedence.forAddress(request.subnet(), inet, request.timers()).validLifetime();
        return new Lease4(inet, client.hardwareAddress(), client.clientId(), request.subnet().id(), allocated, now,
            now.plus(lifetime), request.hostname());
    }
}
