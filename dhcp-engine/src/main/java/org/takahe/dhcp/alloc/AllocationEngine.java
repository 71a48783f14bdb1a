package org.takahe.dhcp.alloc;

import java.net.Inet4Address;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.stream.Collectors;
import org.takahe.dhcp.config.Ipv4Prefix.Ipv4;
import org.takahe.dhcp.config.Subnet4;
import org.takahe.lease.Lease4;
import org.takahe.lease.LeaseStore;
import org.takahe.lease.LeaseStoreException;

/**
 * Decides which address a client gets. Offers are tentative (claimed in memory for {@code offerHold},
 * never stored); commits return only once {@link LeaseStore#commit} has made the lease durable.
 * An address under an unexpired lease of another client is never handed out; expired ones are reused.
 */
public final class AllocationEngine {
    /** Hardware address of the placeholder lease that keeps a declined address out of use. */
    public static final String DECLINED = "";

    private final LeaseStore store;
    private final Clock clock;
    private final Duration offerHold;
    private final ConcurrentMap<Subnet4, SubnetAllocator> subnets = new ConcurrentHashMap<>();

    public AllocationEngine(LeaseStore store, Clock clock, Duration offerHold) {
        this.store = store;
        this.clock = clock;
        this.offerHold = offerHold;
    }

    public LeaseDecision allocate(AllocationRequest request) {
        Instant now = clock.instant();
        SubnetAllocator allocator = allocator(request.subnet());
        return switch (request.mode()) {
            case OFFER -> offer(allocator, request, now);
            case COMMIT -> commit(allocator, request, now);
        };
    }

    /** Removes the client's lease on this address; false if it holds none there. Durable on return. */
    public boolean release(ClientKey client, Inet4Address address) throws LeaseStoreException {
        Optional<Lease4> lease = store.findByAddress(address).filter(client::owns);
        if (lease.isEmpty()) {
            return false;
        }
        store.delete(address);
        return true;
    }

    /**
     * The client reports the address in use by someone else (DECLINE): replace its lease by a
     * placeholder nobody owns, so the address rests until {@code probation} has passed.
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

    /** Forgets the state of subnets no longer configured (or configured differently). */
    public void retain(Collection<Subnet4> configured) {
        Set<Subnet4> keep = configured.stream().collect(Collectors.toSet());
        subnets.keySet().retainAll(keep);
    }

    private SubnetAllocator allocator(Subnet4 subnet) {
        return subnets.computeIfAbsent(subnet, s -> new SubnetAllocator(s, store));
    }

    private LeaseDecision offer(SubnetAllocator allocator, AllocationRequest request, Instant now) {
        OptionalInt address = allocator.claimForOffer(request.client(), request.requested().map(Ipv4::toInt),
            now, now.plus(offerHold));
        if (address.isEmpty()) {
            return new LeaseDecision.Exhausted("no free address in the pools of subnet " + request.subnet().id());
        }
        return new LeaseDecision.Offered(lease(request, address.getAsInt(), now));
    }

    private LeaseDecision commit(SubnetAllocator allocator, AllocationRequest request, Instant now) {
        if (request.requested().isEmpty()) {
            return new LeaseDecision.Refused("no address requested");
        }
        Inet4Address requested = request.requested().get();
        int address = Ipv4.toInt(requested);
        if (!allocator.inPools(address)) {
            return new LeaseDecision.Refused(requested.getHostAddress() + " is not in a pool of subnet "
                + request.subnet().id());
        }
        ClientKey client = request.client();
        // The claim keeps other clients off the address while the store writes outside the lock.
        if (!allocator.claimForCommit(address, client, now, now.plus(offerHold))) {
            return new LeaseDecision.Refused(requested.getHostAddress() + " is leased or offered to another client");
        }
        try {
            Optional<Lease4> previous = store.findByClient(client.hardwareAddress(), client.clientId());
            Lease4 lease = lease(request, address, now);
            store.commit(lease);
            if (previous.isPresent() && !previous.get().address().equals(requested)) {
                store.delete(previous.get().address());
            }
            return new LeaseDecision.Committed(lease);
        } catch (LeaseStoreException e) {
            return new LeaseDecision.StoreFailed(e.getMessage() == null ? e.toString() : e.getMessage());
        } finally {
            allocator.unclaim(address, client);
        }
    }

    /** The lease for this client on this address, keeping the first-allocated time of one it already holds. */
    private Lease4 lease(AllocationRequest request, int address, Instant now) {
        Inet4Address inet = Ipv4.fromInt(address);
        ClientKey client = request.client();
        Instant allocated = store.findByAddress(inet).filter(client::owns).map(Lease4::allocated).orElse(now);
        return new Lease4(inet, client.hardwareAddress(), client.clientId(), request.subnet().id(), allocated, now,
            now.plus(request.subnet().timers().validLifetime()), request.hostname());
    }
}
