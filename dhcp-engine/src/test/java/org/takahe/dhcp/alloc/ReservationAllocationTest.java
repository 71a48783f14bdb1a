package org.takahe.dhcp.alloc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.takahe.dhcp.testing.TestConfigs.ip;

import java.net.Inet4Address;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.takahe.dhcp.alloc.AllocationRequest.Mode;
import org.takahe.dhcp.config.Reservation4;
import org.takahe.dhcp.config.Subnet4;
import org.takahe.dhcp.testing.FakeLeaseStore;
import org.takahe.dhcp.testing.MutableClock;
import org.takahe.dhcp.testing.Reservations;
import org.takahe.dhcp.testing.TestConfigs;
import org.takahe.lease.Lease4;

/** Allocation with host reservations, conflicts resolved as Kea documents ("Conflicts in DHCPv4 Reservations"). */
class ReservationAllocationTest {
    private static final ClientKey HOLDER = new ClientKey("52:54:00:00:00:0a", Optional.empty());
    private static final ClientKey OTHER = new ClientKey("52:54:00:00:00:0b", Optional.empty());
    private static final ClientKey THIRD = new ClientKey("52:54:00:00:00:0c", Optional.empty());
    /** In the pool .10-.12. */
    private static final Reservation4 IN_POOL = Reservations.byHardwareAddress("in-pool", HOLDER.hardwareAddress(),
        "198.18.0.11");
    /** Outside the pool, inside the subnet. */
    private static final Reservation4 OUT_OF_POOL = Reservations.byHardwareAddress("out", HOLDER.hardwareAddress(),
        "198.18.0.200");

    private final Subnet4 plain = TestConfigs.subnet("lan", "198.18.0.0/24", "198.18.0.10", "198.18.0.12");
    private final FakeLeaseStore store = new FakeLeaseStore();
    private final MutableClock clock = new MutableClock(Instant.parse("2025-01-01T00:00:00Z"));
    private final AllocationEngine engine = new AllocationEngine(store, clock, Duration.ofSeconds(30));

    private LeaseDecision<Lease4> offer(Subnet4 subnet, ClientKey client, Optional<Reservation4> reservation) {
        return engine.allocate(AllocationRequest.v4(client, subnet, Optional.empty(), Mode.OFFER, Optional.empty(),
            reservation));
    }

    private LeaseDecision<Lease4> commit(Subnet4 subnet, ClientKey client, String address,
            Optional<Reservation4> reservation) {
        return engine.allocate(AllocationRequest.v4(client, subnet, Optional.of(ip(address)), Mode.COMMIT,
            Optional.empty(), reservation));
    }

    private static Inet4Address offered(LeaseDecision<Lease4> decision) {
        return ((Lease4) assertInstanceOf(LeaseDecision.Offered.class, decision).lease()).address();
    }

    @Test
    void reservedAddressOutsideThePoolsIsOfferedAndLeasedToItsHolder() {
        Subnet4 lan = Reservations.with(plain, OUT_OF_POOL);

        assertEquals(ip("198.18.0.200"), offered(offer(lan, HOLDER, Optional.of(OUT_OF_POOL))));
        Lease4 lease = (Lease4) assertInstanceOf(LeaseDecision.Committed.class,
            commit(lan, HOLDER, "198.18.0.200", Optional.of(OUT_OF_POOL))).lease();
        assertEquals("lan", lease.subnetId());
        assertEquals(ip("198.18.0.200"), ((Lease4) assertInstanceOf(LeaseDecision.Committed.class,
            commit(lan, HOLDER, "198.18.0.200", Optional.of(OUT_OF_POOL))).lease()).address());
    }

    @Test
    void outOfPoolAddressWithoutAReservationIsRefused() {
        assertInstanceOf(LeaseDecision.Refused.class, commit(plain, HOLDER, "198.18.0.200", Optional.empty()));
    }

    @Test
    void reservedAddressIsNeverOfferedToAnotherClientEvenWhenThePoolRunsOut() {
        Subnet4 lan = Reservations.with(plain, IN_POOL);

        Inet4Address first = offered(offer(lan, OTHER, Optional.empty()));
        Inet4Address second = offered(offer(lan, THIRD, Optional.empty()));

        assertEquals(List.of(ip("198.18.0.10"), ip("198.18.0.12")), List.of(first, second).stream()
            .sorted((a, b) -> a.getHostAddress().compareTo(b.getHostAddress())).toList());
        assertInstanceOf(LeaseDecision.Exhausted.class,
            offer(lan, new ClientKey("52:54:00:00:00:0d", Optional.empty()), Optional.empty()));
        assertEquals(ip("198.18.0.11"), offered(offer(lan, HOLDER, Optional.of(IN_POOL))));
    }

    @Test
    void requestForAnAddressReservedForAnotherClientIsRefused() {
        Subnet4 lan = Reservations.with(plain, IN_POOL);

        LeaseDecision<Lease4> decision = commit(lan, OTHER, "198.18.0.11", Optional.empty());

        assertTrue(assertInstanceOf(LeaseDecision.Refused.class, decision).reason().contains("reserved"));
        assertEquals(List.of(), store.events());
    }

    @Test
    void conflictIsResolvedAsTheOtherLeaseEnds() {
        // OTHER holds .11 before the reservation for HOLDER exists.
        assertInstanceOf(LeaseDecision.Committed.class, commit(plain, OTHER, "198.18.0.11", Optional.empty()));
        Subnet4 lan = Reservations.with(plain, IN_POOL);

        // The holder gets a pool address meanwhile, and may keep renewing it while the conflict lasts.
        Inet4Address temporary = offered(offer(lan, HOLDER, Optional.of(IN_POOL)));
        assertNotEquals(ip("198.18.0.11"), temporary);
        assertInstanceOf(LeaseDecision.Committed.class,
            commit(lan, HOLDER, temporary.getHostAddress(), Optional.of(IN_POOL)));
        assertInstanceOf(LeaseDecision.Committed.class,
            commit(lan, HOLDER, temporary.getHostAddress(), Optional.of(IN_POOL)));
        // The other client may not renew the reserved address.
        assertInstanceOf(LeaseDecision.Refused.class, commit(lan, OTHER, "198.18.0.11", Optional.empty()));

        clock.advance(TestConfigs.LIFETIME.plusSeconds(1));
        // OTHER's lease has ended: the holder's renewal of the pool address is refused, its next offer is .11.
        assertInstanceOf(LeaseDecision.Refused.class,
            commit(lan, HOLDER, temporary.getHostAddress(), Optional.of(IN_POOL)));
        assertEquals(ip("198.18.0.11"), offered(offer(lan, HOLDER, Optional.of(IN_POOL))));
        assertInstanceOf(LeaseDecision.Committed.class, commit(lan, HOLDER, "198.18.0.11", Optional.of(IN_POOL)));
        assertEquals(Optional.empty(), store.findByAddress(temporary));
    }

    @Test
    void conflictingClientGetsAnotherAddressAndGivesUpTheReservedOne() {
        commit(plain, OTHER, "198.18.0.11", Optional.empty());
        Subnet4 lan = Reservations.with(plain, IN_POOL);

        Inet4Address elsewhere = offered(offer(lan, OTHER, Optional.empty()));
        assertNotEquals(ip("198.18.0.11"), elsewhere);
        commit(lan, OTHER, elsewhere.getHostAddress(), Optional.empty());

        assertEquals(Optional.empty(), store.findByAddress(ip("198.18.0.11")));
        assertEquals(ip("198.18.0.11"), offered(offer(lan, HOLDER, Optional.of(IN_POOL))));
    }

    @Test
    void reservationWithoutAnAddressLeavesThePoolToTheClient() {
        Reservation4 hostnameOnly = Reservations.byHardwareAddress("name-only", HOLDER.hardwareAddress(), null);
        Subnet4 lan = Reservations.with(plain, hostnameOnly);

        assertTrue(List.of(ip("198.18.0.10"), ip("198.18.0.11"), ip("198.18.0.12"))
            .contains(offered(offer(lan, HOLDER, Optional.of(hostnameOnly)))));
        assertInstanceOf(LeaseDecision.Committed.class,
            commit(lan, HOLDER, "198.18.0.12", Optional.of(hostnameOnly)));
    }
}
