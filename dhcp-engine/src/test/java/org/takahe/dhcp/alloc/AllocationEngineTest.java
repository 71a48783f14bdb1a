package org.takahe.dhcp.alloc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.takahe.dhcp.testing.TestConfigs.ip;

import java.net.Inet4Address;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.takahe.dhcp.alloc.AllocationRequest.Mode;
import org.takahe.dhcp.config.Subnet4;
import org.takahe.dhcp.testing.FakeLeaseStore;
import org.takahe.dhcp.testing.MutableClock;
import org.takahe.dhcp.testing.TestConfigs;
import org.takahe.lease.Lease4;
import org.takahe.lease.LeaseKey;

class AllocationEngineTest {
    private static final Duration OFFER_HOLD = Duration.ofSeconds(30);
    private static final ClientKey A = new ClientKey("52:54:00:00:00:0a", Optional.empty());
    private static final ClientKey B = new ClientKey("52:54:00:00:00:0b", Optional.empty());

    private final Subnet4 lan = TestConfigs.subnet("lan", "198.18.0.0/24", "198.18.0.10", "198.18.0.12");
    private final FakeLeaseStore store = new FakeLeaseStore();
    private final MutableClock clock = new MutableClock(Instant.parse("2025-01-01T00:00:00Z"));
    private final AllocationEngine engine = new AllocationEngine(store, clock, OFFER_HOLD);

    private LeaseDecision<Lease4> offer(ClientKey client, Optional<Inet4Address> requested) {
        return engine.allocate(AllocationRequest.v4(client, lan, requested, Mode.OFFER, Optional.empty(),
            Optional.empty()));
    }

    private LeaseDecision<Lease4> commit(ClientKey client, String requested) {
        return engine.allocate(AllocationRequest.v4(client, lan, Optional.of(ip(requested)), Mode.COMMIT,
            Optional.of("host"), Optional.empty()));
    }

    private Inet4Address offered(LeaseDecision<Lease4> decision) {
        return ((Lease4) assertInstanceOf(LeaseDecision.Offered.class, decision).lease()).address();
    }

    @Test
    void offerIsTentativeAndNotStored() {
        Inet4Address address = offered(offer(A, Optional.empty()));

        assertTrue(lan.prefix().contains(address));
        assertEquals(List.of(), store.events());
    }

    @Test
    void commitStoresTheLeaseWithTheSubnetLifetime() {
        Lease4 lease = (Lease4) assertInstanceOf(LeaseDecision.Committed.class, commit(A, "198.18.0.11")).lease();

        assertEquals(List.of("commit 198.18.0.11"), store.events());
        assertEquals(clock.instant().plus(TestConfigs.LIFETIME), lease.expires());
        assertEquals(Optional.of("host"), lease.hostname());
        assertEquals("lan", lease.subnetId());
    }

    @Test
    void validRequestedAddressIsHonoured() {
        assertEquals(ip("198.18.0.12"), offered(offer(A, Optional.of(ip("198.18.0.12")))));
    }

    @Test
    void requestedAddressOutsideThePoolsIsIgnoredForAnOffer() {
        assertTrue(new HashSet<>(List.of(ip("198.18.0.10"), ip("198.18.0.11"), ip("198.18.0.12")))
            .contains(offered(offer(A, Optional.of(ip("198.18.0.99"))))));
    }

    @Test
    void clientWithALeaseIsOfferedTheSameAddressAgain() {
        commit(A, "198.18.0.12");

        assertEquals(ip("198.18.0.12"), offered(offer(A, Optional.empty())));
    }

    @Test
    void repeatedDiscoverGetsTheSamePendingOffer() {
        Inet4Address first = offered(offer(A, Optional.empty()));

        assertEquals(first, offered(offer(A, Optional.empty())));
    }

    @Test
    void addressOfferedToAnotherClientIsNotOfferedTwice() {
        Inet4Address toA = offered(offer(A, Optional.empty()));

        assertNotEquals(toA, offered(offer(B, Optional.of(toA))));
    }

    @Test
    void addressLeasedToAnotherClientIsNeverOffered() {
        commit(A, "198.18.0.10");
        commit(A, "198.18.0.11");
        Set<Inet4Address> offers = new HashSet<>();
        for (int i = 0; i < 5; i++) {
            ClientKey client = new ClientKey("52:54:00:00:01:0" + i, Optional.empty());
            LeaseDecision<Lease4> decision = offer(client, Optional.of(ip("198.18.0.11")));
            if (decision instanceof LeaseDecision.Offered<Lease4> o) {
                offers.add(o.lease().address());
            }
        }
        // A's second commit moved it off .10, so .10 and .12 are the free ones.
        assertEquals(Set.of(ip("198.18.0.10"), ip("198.18.0.12")), offers);
    }

    @Test
    void requestForAddressLeasedToAnotherClientIsRefused() {
        commit(A, "198.18.0.11");

        assertInstanceOf(LeaseDecision.Refused.class, commit(B, "198.18.0.11"));
        assertEquals(List.of("commit 198.18.0.11"), store.events());
    }

    @Test
    void requestForAddressOfferedToAnotherClientIsRefused() {
        Inet4Address toA = offered(offer(A, Optional.empty()));

        assertInstanceOf(LeaseDecision.Refused.class, commit(B, toA.getHostAddress()));
    }

    @Test
    void requestForAddressOutsideThePoolsIsRefused() {
        assertInstanceOf(LeaseDecision.Refused.class, commit(A, "198.18.0.99"));
    }

    @Test
    void expiredLeaseOfAnotherClientIsReused() {
        commit(A, "198.18.0.11");
        clock.advance(TestConfigs.LIFETIME.plusSeconds(1));

        assertInstanceOf(LeaseDecision.Committed.class, commit(B, "198.18.0.11"));
    }

    @Test
    void expiredOfferNoLongerHoldsTheAddress() {
        Inet4Address toA = offered(offer(A, Optional.empty()));
        clock.advance(OFFER_HOLD.plusSeconds(1));

        assertEquals(toA, offered(offer(B, Optional.of(toA))));
    }

    @Test
    void fullPoolIsExhausted() {
        commit(A, "198.18.0.10");
        commit(new ClientKey("52:54:00:00:00:0c", Optional.empty()), "198.18.0.11");
        commit(new ClientKey("52:54:00:00:00:0d", Optional.empty()), "198.18.0.12");

        assertInstanceOf(LeaseDecision.Exhausted.class, offer(B, Optional.empty()));
    }

    @Test
    void successiveClientsGetSuccessiveAddresses() {
        Set<Inet4Address> addresses = new HashSet<>();
        for (int i = 0; i < 3; i++) {
            addresses.add(offered(offer(new ClientKey("52:54:00:00:02:0" + i, Optional.empty()), Optional.empty())));
        }
        assertEquals(3, addresses.size());
    }

    @Test
    void clientIdentifierTakesPrecedenceOverHardwareAddress() {
        ClientKey withId = new ClientKey("52:54:00:00:00:0a", Optional.of("01525400000000a"));
        ClientKey sameNicOtherId = new ClientKey("52:54:00:00:00:0a", Optional.of("ff00"));
        commit(withId, "198.18.0.11");

        assertInstanceOf(LeaseDecision.Refused.class, commit(sameNicOtherId, "198.18.0.11"));
    }

    @Test
    void failedStoreWriteIsReportedAndReleasesTheClaim() {
        store.failWrites();

        assertInstanceOf(LeaseDecision.StoreFailed.class, commit(A, "198.18.0.11"));
        assertEquals(ip("198.18.0.11"), offered(offer(B, Optional.of(ip("198.18.0.11")))));
    }

    @Test
    void releaseDeletesOnlyTheClientsOwnLease() throws Exception {
        commit(A, "198.18.0.11");

        assertEquals(false, engine.release(B, LeaseKey.v4(ip("198.18.0.11"))));
        assertEquals(true, engine.release(A, LeaseKey.v4(ip("198.18.0.11"))));
        assertEquals(Optional.empty(), store.findByAddress(ip("198.18.0.11")));
    }

    @Test
    void declinedAddressIsHeldBackForTheProbationTime() throws Exception {
        commit(A, "198.18.0.11");
        engine.decline(A, LeaseKey.v4(ip("198.18.0.11")), Duration.ofMinutes(10));

        assertInstanceOf(LeaseDecision.Refused.class, commit(B, "198.18.0.11"));
        clock.advance(Duration.ofMinutes(11));
        assertInstanceOf(LeaseDecision.Committed.class, commit(B, "198.18.0.11"));
    }

    @Test
    void declinedAddressIsOfferedToNobodyDuringProbationAndRecoveredAfter() throws Exception {
        commit(A, "198.18.0.11");
        engine.decline(A, LeaseKey.v4(ip("198.18.0.11")), Duration.ofMinutes(10));
        ClientKey noHardwareAddress = new ClientKey("", Optional.of("01ff"));

        for (ClientKey client : List.of(A, B, noHardwareAddress)) {
            assertNotEquals(ip("198.18.0.11"), offered(offer(client, Optional.of(ip("198.18.0.11")))));
            engine.withdrawOffer(client); // two free addresses for three clients
        }
        assertEquals(Optional.empty(), engine.leaseOf(A));
        clock.advance(Duration.ofMinutes(11));
        assertEquals(ip("198.18.0.11"), offered(offer(
            new ClientKey("52:54:00:00:00:0e", Optional.empty()), Optional.of(ip("198.18.0.11")))));
    }

    @Test
    void withdrawnOfferFreesTheAddressAtOnce() {
        Inet4Address toA = offered(offer(A, Optional.empty()));

        assertTrue(engine.withdrawOffer(A));
        assertEquals(toA, offered(offer(B, Optional.of(toA))));
        assertEquals(false, engine.withdrawOffer(A));
    }

    @Test
    void offerMadeByHardwareAddressIsWithdrawnForTheClientAsItIdentifiesItself() {
        ClientKey sent = new ClientKey(A.hardwareAddress(), Optional.of("01aa"));
        Inet4Address toA = offered(offer(sent.byHardwareAddressOnly(), Optional.empty()));

        assertTrue(engine.withdrawOffer(sent));
        assertEquals(toA, offered(offer(B, Optional.of(toA))));
    }

    @Test
    void leaseRecordedWithoutClientIdBelongsToTheClientThatNowSendsOne() {
        commit(A, "198.18.0.11");
        ClientKey sameNicWithId = new ClientKey(A.hardwareAddress(), Optional.of("01aa"));

        assertEquals(Optional.of(ip("198.18.0.11")), engine.leaseOf(sameNicWithId).map(Lease4::address));
        assertEquals(ip("198.18.0.11"), offered(offer(sameNicWithId, Optional.empty())));
    }
}
