package org.takahe.dhcp.alloc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.takahe.dhcp.testing.TestConfigs.ip;

import java.net.Inet6Address;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.takahe.dhcp.alloc.AllocationRequest.Mode;
import org.takahe.dhcp.config.Subnet4;
import org.takahe.dhcp.config.v6.AddressPool6;
import org.takahe.dhcp.config.v6.AddressReservation6;
import org.takahe.dhcp.config.v6.Ipv6Prefix;
import org.takahe.dhcp.config.v6.PrefixPool6;
import org.takahe.dhcp.config.v6.PrefixReservation6;
import org.takahe.dhcp.config.v6.Range6;
import org.takahe.dhcp.config.v6.Timers6;
import org.takahe.dhcp.testing.FakeLeaseStore;
import org.takahe.dhcp.testing.MutableClock;
import org.takahe.dhcp.testing.TestConfigs;
import org.takahe.lease.Lease4;
import org.takahe.lease.Lease6;
import org.takahe.lease.LeaseKey;
import org.takahe.lease.LeaseType;

/**
 * The allocation engine serving DHCPv6 IAs: the same engine, claims and rules as for DHCPv4, over address and
 * prefix pools of any size.
 */
class IaAllocationTest {
    private static final Duration OFFER_HOLD = Duration.ofSeconds(30);
    private static final Timers6 POOL_TIMERS = new Timers6(Duration.ofSeconds(600), Duration.ofSeconds(400),
        Duration.ofSeconds(200), Duration.ofSeconds(320));
    private static final Timers6 RESERVED_TIMERS = Timers6.forLifetimes(Duration.ofHours(8), Duration.ofHours(4));
    private static final IaKey A = new IaKey("000100010000000a", 1, LeaseType.NA);
    private static final IaKey A2 = new IaKey("000100010000000a", 2, LeaseType.NA);
    private static final IaKey B = new IaKey("000100010000000b", 1, LeaseType.NA);
    private static final IaKey C = new IaKey("000100010000000c", 1, LeaseType.NA);
    private static final IaKey A_PD = new IaKey("000100010000000a", 1, LeaseType.PD);
    private static final IaKey B_PD = new IaKey("000100010000000b", 1, LeaseType.PD);

    private final FakeLeaseStore store = new FakeLeaseStore();
    private final MutableClock clock = new MutableClock(Instant.parse("2025-01-01T00:00:00Z"));
    private final AllocationEngine engine = new AllocationEngine(store, clock, OFFER_HOLD);

    private static Inet6Address v6(String text) {
        return Ipv6Prefix.parseAddress(text);
    }

    private static AddressPool6 addresses(String first, String last, AddressReservation6... reserved) {
        return new AddressPool6("a", Ipv6Prefix.parse("2001:db8:1::/64"), v6(first), v6(last), 90, List.of(),
            POOL_TIMERS, false, List.of(reserved));
    }

    private static PrefixPool6 prefixes(String prefix, int length, PrefixReservation6... reserved) {
        return new PrefixPool6("p", Ipv6Prefix.parse(prefix), length, 90, List.of(), POOL_TIMERS, false,
            List.of(reserved));
    }

    private static Range6 range(AddressPool6 addresses, PrefixPool6 prefixes) {
        return new Range6("lab", Ipv6Prefix.parse("2001:db8:1::/64"), Optional.empty(), List.of(addresses),
            List.of(prefixes), List.of(), Timers6.DEFAULTS, false);
    }

    /** Three addresses, ::10 to ::12, and the /56s of 2001:db8:100::/54 (four of them). */
    private final Range6 lab = range(addresses("2001:db8:1::10", "2001:db8:1::12"),
        prefixes("2001:db8:100::/54", 56));

    private LeaseDecision<Lease6> ask(Range6 range, IaKey ia, Mode mode, Optional<String> hint) {
        Range6Scope scope = new Range6Scope(range, ia.type());
        Optional<LeaseKey> requested = hint.map(text -> ia.type() == LeaseType.NA ? LeaseKey.na(v6(text))
            : LeaseKey.pd(v6(text.substring(0, text.indexOf('/'))), Integer.parseInt(text.substring(
                text.indexOf('/') + 1))));
        Optional<LeaseKey> reserved = scope.reservedFor(ia.duid()).stream().findFirst();
        return engine.allocate(AllocationRequest.v6(ia, scope, requested, mode, reserved, Optional.empty(),
            Optional.of("host")));
    }

    private static Lease6 offered(LeaseDecision<Lease6> decision) {
        return (Lease6) assertInstanceOf(LeaseDecision.Offered.class, decision).lease();
    }

    private static Lease6 committed(LeaseDecision<Lease6> decision) {
        return (Lease6) assertInstanceOf(LeaseDecision.Committed.class, decision).lease();
    }

    @Test
    void solicitIsOfferedAnAddressWithoutStoringIt() {
        Lease6 lease = offered(ask(lab, A, Mode.OFFER, Optional.empty()));

        assertEquals(LeaseKey.na(v6("2001:db8:1::10")), lease.key());
        assertEquals(List.of(), store.events());
    }

    @Test
    void assignedLeaseCarriesThePoolLifetimesAndTheIa() {
        Lease6 lease = committed(ask(lab, A, Mode.ASSIGN, Optional.empty()));

        Instant now = clock.instant();
        assertEquals(now.plusSeconds(400), lease.preferredUntil());
        assertEquals(now.plusSeconds(600), lease.expires());
        assertEquals(Duration.ofSeconds(200), lease.t1());
        assertEquals(Duration.ofSeconds(320), lease.t2());
        assertEquals(A.duid(), lease.duid());
        assertEquals(1, lease.iaid());
        assertEquals("lab", lease.subnetId());
        assertEquals(Optional.of("host"), lease.hostname());
        assertEquals(List.of("commit 2001:db8:1::10"), store.events());
        assertEquals(List.of(lease), engine.leasesOf(A));
    }

    @Test
    void offerThenRequestCommitsTheAdvertisedAddress() {
        Lease6 advertised = offered(ask(lab, A, Mode.OFFER, Optional.empty()));
        offered(ask(lab, B, Mode.OFFER, Optional.empty()));

        Lease6 lease = committed(ask(lab, A, Mode.ASSIGN, Optional.of(advertised.key().toString())));

        assertEquals(advertised.key(), lease.key());
    }

    @Test
    void eachIaOfAClientHasItsOwnAddress() {
        Lease6 first = committed(ask(lab, A, Mode.ASSIGN, Optional.empty()));
        Lease6 second = committed(ask(lab, A2, Mode.ASSIGN, Optional.empty()));

        assertNotEquals(first.key(), second.key());
        assertEquals(first, committed(ask(lab, A, Mode.ASSIGN, Optional.empty())), "a renewal keeps the address");
    }

    @Test
    void hintTakenByAnotherClientIsReplacedByAFreeAddress() {
        committed(ask(lab, B, Mode.ASSIGN, Optional.of("2001:db8:1::11")));

        Lease6 lease = committed(ask(lab, A, Mode.ASSIGN, Optional.of("2001:db8:1::11")));

        assertNotEquals(LeaseKey.na(v6("2001:db8:1::11")), lease.key());
    }

    @Test
    void commitOfExactlyAnotherClientsAddressIsRefused() {
        committed(ask(lab, B, Mode.ASSIGN, Optional.of("2001:db8:1::11")));

        assertInstanceOf(LeaseDecision.Refused.class, ask(lab, A, Mode.COMMIT, Optional.of("2001:db8:1::11")));
    }

    @Test
    void iaMovedToAnotherAddressReportsTheOneItReplaced() {
        Lease6 old = committed(ask(lab, A, Mode.ASSIGN, Optional.of("2001:db8:1::10")));
        clock.advance(Duration.ofSeconds(10));

        LeaseDecision.Committed<?> moved = assertInstanceOf(LeaseDecision.Committed.class,
            ask(lab, A, Mode.COMMIT, Optional.of("2001:db8:1::12")));

        assertEquals(List.of(old), moved.replaced());
        assertEquals(Optional.empty(), store.find(old.key()));
    }

    @Test
    void prefixDelegationHandsOutPrefixesOfTheDelegatedLength() {
        Lease6 first = committed(ask(lab, A_PD, Mode.ASSIGN, Optional.empty()));
        Lease6 second = committed(ask(lab, B_PD, Mode.ASSIGN, Optional.empty()));

        assertEquals(LeaseKey.pd(v6("2001:db8:100::"), 56), first.key());
        assertEquals(LeaseKey.pd(v6("2001:db8:100:100::"), 56), second.key());
        assertEquals(LeaseType.PD, first.type());
        assertEquals(56, first.prefixLength());
    }

    @Test
    void fullPoolIsExhausted() {
        for (IaKey ia : List.of(A, A2, B)) {
            committed(ask(lab, ia, Mode.ASSIGN, Optional.empty()));
        }
        LeaseDecision<Lease6> none = ask(lab, C, Mode.ASSIGN, Optional.empty());

        assertTrue(assertInstanceOf(LeaseDecision.Exhausted.class, none).detail().contains("range lab"));
    }

    @Test
    void addressReservedForADuidGoesToThatClientOnly() {
        Range6 reserving = range(addresses("2001:db8:1::10", "2001:db8:1::11",
            new AddressReservation6(v6("2001:db8:1::10"), Optional.of(A.duid()), List.of(), RESERVED_TIMERS)),
            prefixes("2001:db8:100::/54", 56));

        assertEquals(LeaseKey.na(v6("2001:db8:1::11")), committed(ask(reserving, B, Mode.ASSIGN,
            Optional.of("2001:db8:1::10"))).key(), "the hint of another client is ignored");
        assertInstanceOf(LeaseDecision.Exhausted.class, ask(reserving, C, Mode.ASSIGN, Optional.empty()));
        assertInstanceOf(LeaseDecision.Refused.class, ask(reserving, C, Mode.COMMIT, Optional.of("2001:db8:1::10")));

        Lease6 reserved = committed(ask(reserving, A, Mode.ASSIGN, Optional.empty()));
        assertEquals(LeaseKey.na(v6("2001:db8:1::10")), reserved.key());
        assertEquals(clock.instant().plus(Duration.ofHours(8)), reserved.expires(), "the reservation's lifetimes");
    }

    @Test
    void prefixReservedWithoutDuidIsOutOfDynamicUse() {
        Range6 reserving = range(addresses("2001:db8:1::10", "2001:db8:1::11"),
            prefixes("2001:db8:100::/55", 56, new PrefixReservation6(Ipv6Prefix.parse("2001:db8:100::/56"),
                Optional.empty())));

        assertEquals(LeaseKey.pd(v6("2001:db8:100:100::"), 56),
            committed(ask(reserving, A_PD, Mode.ASSIGN, Optional.of("2001:db8:100::/56"))).key());
        assertInstanceOf(LeaseDecision.Exhausted.class, ask(reserving, B_PD, Mode.ASSIGN, Optional.empty()));
    }

    @Test
    void aSlash64PoolIsWalkedWithoutListingIt() {
        Range6 wide = range(addresses("2001:db8:1::", "2001:db8:1::ffff:ffff:ffff:ffff"),
            prefixes("2001:db8:100::/48", 56));
        Set<LeaseKey> given = new HashSet<>();
        for (int n = 0; n < 50; n++) {
            given.add(committed(ask(wide, new IaKey("0001" + n, n, LeaseType.NA), Mode.ASSIGN, Optional.empty()))
                .key());
        }
        assertEquals(50, given.size());
    }

    @Test
    void releaseAndDeclineWorkOnTheIasOwnLeaseOnly() throws Exception {
        Lease6 lease = committed(ask(lab, A, Mode.ASSIGN, Optional.empty()));

        assertEquals(false, engine.release(B, lease.key()));
        assertEquals(Optional.empty(), engine.decline(A2, lease.key(), Duration.ofMinutes(10)));
        assertEquals(Optional.of(clock.instant().plus(Duration.ofMinutes(10))),
            engine.decline(A, lease.key(), Duration.ofMinutes(10)));

        Lease6 placeholder = (Lease6) store.find(lease.key()).orElseThrow();
        assertTrue(placeholder.isDeclined());
        assertEquals(List.of(), engine.leasesOf(A));
        assertNotEquals(lease.key(), committed(ask(lab, B, Mode.ASSIGN, Optional.of(lease.key().toString()))).key());
        assertEquals(false, engine.release(A, lease.key()), "the placeholder is nobody's");
    }

    @Test
    void withdrawnOfferIsFreeForOthersAtOnce() {
        offered(ask(lab, A, Mode.OFFER, Optional.empty()));
        offered(ask(lab, A2, Mode.OFFER, Optional.empty()));
        offered(ask(lab, B, Mode.OFFER, Optional.empty()));
        assertInstanceOf(LeaseDecision.Exhausted.class, ask(lab, C, Mode.OFFER, Optional.empty()));

        assertTrue(engine.withdrawOffer(B));

        offered(ask(lab, C, Mode.OFFER, Optional.empty()));
    }

    @Test
    void oneEngineServesBothFamiliesSideBySide() {
        Subnet4 lan = TestConfigs.subnet("lan", "198.18.0.0/24", "198.18.0.10", "198.18.0.12");
        ClientKey v4 = new ClientKey("52:54:00:00:00:0a", Optional.empty());

        Lease6 v6 = committed(ask(lab, A, Mode.ASSIGN, Optional.empty()));
        Lease4 lease4 = (Lease4) assertInstanceOf(LeaseDecision.Committed.class, engine.allocate(
            AllocationRequest.v4(v4, lan, Optional.of(ip("198.18.0.10")), Mode.COMMIT, Optional.empty(),
                Optional.empty()))).lease();

        assertEquals(Optional.of(lease4), engine.leaseOf(v4));
        assertEquals(List.of(v6), engine.leasesOf(A));
        engine.retain(List.of(new Subnet4Scope(lan), Range6Scope.addresses(lab)));
        assertEquals(List.of(v6), engine.leasesOf(A));
    }
}
