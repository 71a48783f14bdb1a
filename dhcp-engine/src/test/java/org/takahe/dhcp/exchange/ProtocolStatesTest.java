package org.takahe.dhcp.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.takahe.dhcp.testing.TestConfigs.ip;
import static org.takahe.dhcp.testing.TestPackets.MAC_A;
import static org.takahe.dhcp.testing.TestPackets.MAC_B;

import java.net.Inet4Address;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.takahe.dhcp.config.Subnet4;
import org.takahe.dhcp.testing.Reservations;
import org.takahe.dhcp.testing.TestConfigs;
import org.takahe.dhcp.testing.TestPackets;
import org.takahe.dhcp.wire.Dhcp4Message;
import org.takahe.dhcp.wire.Dhcp4Options;
import org.takahe.dhcp.wire.DropReason;
import org.takahe.dhcp.wire.Ipv4Bytes;
import org.takahe.dhcp.wire.MessageType;
import org.takahe.dhcp.wire.Octets;
import org.takahe.dhcp.wire.StandardOptions;

/** RFC 2131 §4.3 message by message and client state, with Kea's authoritative and match-client-id. */
class ProtocolStatesTest {
    private static final Inet4Address SERVER = ip("198.18.0.1");
    private static final Subnet4 LAN = TestConfigs.subnet("lan", "198.18.0.0/24", "198.18.0.10", "198.18.0.20");
    private static final Subnet4 AUTHORITATIVE_LAN = Reservations.with(LAN, true, true);

    private final ExchangeFixture lan = new ExchangeFixture(LAN);

    /** DISCOVER, then REQUEST in SELECTING state: the address the client is bound to. */
    private static Inet4Address bind(ExchangeFixture fixture, String mac) {
        Inet4Address offered = fixture.reply(TestPackets.discover(mac, 1), MessageType.OFFER).message().yiaddr();
        fixture.reply(TestPackets.select(mac, 2, offered, SERVER), MessageType.ACK);
        return offered;
    }

    private static Dhcp4Message withClientId(String mac, MessageType type, Inet4Address requested, String clientId) {
        Dhcp4Options.Builder options = TestPackets.options(type).raw(StandardOptions.CLIENT_IDENTIFIER.code(),
            Octets.fromHex(clientId));
        if (requested != null) {
            options.address(StandardOptions.REQUESTED_ADDRESS, requested);
        }
        return TestPackets.request(mac, 3, Ipv4Bytes.ANY, Ipv4Bytes.ANY, options.build());
    }

    @Test
    void initRebootFromAClientWithoutRecordIsIgnoredWhenNotAuthoritative() {
        assertEquals(DropReason.UNKNOWN_CLIENT, lan.dropped(TestPackets.initReboot(MAC_A, 7, ip("198.18.0.99"))));
        assertEquals(DropReason.UNKNOWN_CLIENT, lan.dropped(TestPackets.initReboot(MAC_A, 8, ip("198.18.9.9"))));
        assertEquals(2, lan.counters.snapshot().dropped(DropReason.UNKNOWN_CLIENT));
        assertEquals(List.of(), lan.store.events());
    }

    @Test
    void initRebootFromAClientWithoutRecordIsNakedWhenAuthoritativeAndTheAddressIsWrong() {
        ExchangeFixture authoritative = new ExchangeFixture(AUTHORITATIVE_LAN);

        Reply4 outsidePools = authoritative.reply(TestPackets.initReboot(MAC_A, 7, ip("198.18.0.99")), MessageType.NAK);
        Reply4 wrongNetwork = authoritative.reply(TestPackets.initReboot(MAC_A, 8, ip("198.18.9.9")), MessageType.NAK);

        for (Reply4 nak : List.of(outsidePools, wrongNetwork)) {
            assertEquals(Ipv4Bytes.ANY, nak.message().yiaddr());
            assertEquals(Ipv4Bytes.ANY, nak.message().ciaddr());
            assertEquals(Optional.of(SERVER), nak.message().options().serverIdentifier());
            assertEquals(Optional.empty(), nak.message().options().leaseTime());
            assertTrue(nak.message().options().value(StandardOptions.MESSAGE).isPresent());
        }
    }

    @Test
    void initRebootFromAClientWithoutRecordForAFreePoolAddressIsAckedWhenAuthoritative() {
        ExchangeFixture authoritative = new ExchangeFixture(AUTHORITATIVE_LAN);

        Reply4 ack = authoritative.reply(TestPackets.initReboot(MAC_A, 7, ip("198.18.0.15")), MessageType.ACK);

        assertEquals(ip("198.18.0.15"), ack.message().yiaddr());
        assertEquals(List.of("commit 198.18.0.15"), authoritative.store.events());
    }

    @Test
    void initRebootOfAKnownClientForAnotherAddressOrNetworkIsNakedEvenWhenNotAuthoritative() {
        Inet4Address bound = bind(lan, MAC_A);
        Inet4Address other = ip(bound.equals(ip("198.18.0.10")) ? "198.18.0.11" : "198.18.0.10");

        lan.reply(TestPackets.initReboot(MAC_A, 7, other), MessageType.NAK);
        lan.reply(TestPackets.initReboot(MAC_A, 8, ip("198.18.1.10")), MessageType.NAK);
        assertEquals(bound, lan.reply(TestPackets.initReboot(MAC_A, 9, bound), MessageType.ACK).message().yiaddr());
    }

    @Test
    void initRebootForAnAddressLeasedToAnotherClientIsNakedWhenTheServerKnowsTheClient() {
        Inet4Address leasedToA = bind(lan, MAC_A);
        bind(lan, MAC_B);

        lan.reply(TestPackets.initReboot(MAC_B, 7, leasedToA), MessageType.NAK);
        assertEquals(MAC_A, lan.store.findByAddress(leasedToA).orElseThrow().hardwareAddress());
    }

    @Test
    void requestNamingAnotherServerIsIgnoredAndTheOfferedAddressIsFreeAtOnce() {
        Inet4Address offered = lan.reply(TestPackets.discover(MAC_A, 1), MessageType.OFFER).message().yiaddr();

        assertEquals(DropReason.NOT_FOR_THIS_SERVER,
            lan.dropped(TestPackets.select(MAC_A, 2, ip("198.18.0.77"), ip("198.18.0.2"))));

        Dhcp4Message discoverB = TestPackets.request(MAC_B, 3, Ipv4Bytes.ANY, Ipv4Bytes.ANY,
            TestPackets.options(MessageType.DISCOVER).address(StandardOptions.REQUESTED_ADDRESS, offered).build());
        assertEquals(offered, lan.reply(discoverB, MessageType.OFFER).message().yiaddr());
        assertEquals(List.of(), lan.store.events());
    }

    @Test
    void renewingAndRebindingClientsGetTheirLeaseExtendedWithNewTimes() {
        Inet4Address bound = bind(lan, MAC_A);
        lan.clock.advance(Duration.ofMinutes(20));

        Reply4 renewed = lan.reply(TestPackets.renew(MAC_A, 9, bound), MessageType.ACK);

        assertEquals(bound, renewed.message().yiaddr());
        assertEquals(bound, renewed.message().ciaddr());
        assertEquals(Optional.of(TestConfigs.LIFETIME), renewed.message().options().leaseTime());
        assertEquals(Optional.of(TestConfigs.LIFETIME.dividedBy(2)), renewed.message().options().renewalTime());
        assertEquals(lan.clock.instant().plus(TestConfigs.LIFETIME),
            lan.store.findByAddress(bound).orElseThrow().expires());
    }

    @Test
    void renewingWithAnAddressThatIsNotTheClientsIsNaked() {
        Inet4Address leasedToA = bind(lan, MAC_A);
        bind(lan, MAC_B);

        Reply4 nak = lan.reply(TestPackets.renew(MAC_B, 9, leasedToA), MessageType.NAK);

        assertEquals(Ipv4Bytes.ANY, nak.message().ciaddr());
        assertEquals(MAC_A, lan.store.findByAddress(leasedToA).orElseThrow().hardwareAddress());
    }

    @Test
    void informIsAckedToItsCiaddrWithOptionsAndNoLeaseFields() {
        Dhcp4Message inform = TestPackets.request(MAC_A, 5, ip("198.18.0.50"), Ipv4Bytes.ANY,
            TestPackets.options(MessageType.INFORM).build());

        Reply4 ack = lan.reply(inform, MessageType.ACK);

        Dhcp4Options options = ack.message().options();
        assertEquals(Ipv4Bytes.ANY, ack.message().yiaddr());
        assertEquals(ip("198.18.0.50"), ack.message().ciaddr());
        assertEquals(Optional.empty(), options.leaseTime());
        assertEquals(Optional.empty(), options.renewalTime());
        assertEquals(Optional.empty(), options.rebindingTime());
        assertEquals(List.of(ip("198.18.0.1")), options.routers());
        assertEquals(List.of(), lan.store.events());
    }

    @Test
    void declinedAddressIsNotOfferedDuringProbationAndIsAfterwards() {
        Inet4Address bound = bind(lan, MAC_A);
        Dhcp4Message decline = TestPackets.request(MAC_A, 4, Ipv4Bytes.ANY, Ipv4Bytes.ANY,
            Dhcp4Options.builder().messageType(MessageType.DECLINE).address(StandardOptions.REQUESTED_ADDRESS, bound)
                .address(StandardOptions.SERVER_IDENTIFIER, SERVER).build());
        Dhcp4Message discoverB = TestPackets.request(MAC_B, 5, Ipv4Bytes.ANY, Ipv4Bytes.ANY,
            TestPackets.options(MessageType.DISCOVER).address(StandardOptions.REQUESTED_ADDRESS, bound).build());

        assertInstanceOf(ExchangeOutcome.NoReply.class, lan.process(decline));

        assertNotEquals(bound, lan.reply(discoverB, MessageType.OFFER).message().yiaddr());
        assertNotEquals(bound, lan.reply(TestPackets.discover(MAC_A, 6), MessageType.OFFER).message().yiaddr());
        lan.clock.advance(ExchangeFixture.PROBATION.plusSeconds(1));
        assertEquals(bound, lan.reply(discoverB, MessageType.OFFER).message().yiaddr());
    }

    @Test
    void clientIdentifierIsEchoedInOfferAckAndNak() {
        Octets clientId = Octets.fromHex("01aabbccddeeff");
        Reply4 offer = lan.reply(withClientId(MAC_A, MessageType.DISCOVER, null, "01aabbccddeeff"), MessageType.OFFER);
        Dhcp4Message select = TestPackets.request(MAC_A, 4, Ipv4Bytes.ANY, Ipv4Bytes.ANY,
            Dhcp4Options.builder().messageType(MessageType.REQUEST).raw(StandardOptions.CLIENT_IDENTIFIER.code(),
                clientId).address(StandardOptions.REQUESTED_ADDRESS, offer.message().yiaddr())
                .address(StandardOptions.SERVER_IDENTIFIER, SERVER).build());
        Reply4 ack = lan.reply(select, MessageType.ACK);
        Reply4 nak = lan.reply(withClientId(MAC_A, MessageType.REQUEST, ip("198.18.0.99"), "01aabbccddeeff"),
            MessageType.NAK);

        for (Reply4 reply : List.of(offer, ack, nak)) {
            assertEquals(Optional.of(clientId), reply.message().options().clientIdentifier(), reply.type()::name);
        }
        assertEquals(Optional.of("01aabbccddeeff"), lan.store.findByAddress(ack.message().yiaddr()).orElseThrow()
            .clientId());
    }

    @Test
    void clientIdentifiersTellClientsApartByDefault() {
        Reply4 first = lan.reply(withClientId(MAC_A, MessageType.DISCOVER, null, "01aa"), MessageType.OFFER);
        Reply4 second = lan.reply(withClientId(MAC_A, MessageType.DISCOVER, null, "01bb"), MessageType.OFFER);

        assertNotEquals(first.message().yiaddr(), second.message().yiaddr());
    }

    @Test
    void withoutMatchClientIdAClientKeepsItsLeaseWhenItsClientIdentifierChanges() {
        ExchangeFixture byHardware = new ExchangeFixture(Reservations.with(LAN, false, false));
        Inet4Address offered = byHardware.reply(withClientId(MAC_A, MessageType.DISCOVER, null, "01aa"),
            MessageType.OFFER).message().yiaddr();
        Dhcp4Message select = TestPackets.request(MAC_A, 4, Ipv4Bytes.ANY, Ipv4Bytes.ANY,
            Dhcp4Options.builder().messageType(MessageType.REQUEST).raw(StandardOptions.CLIENT_IDENTIFIER.code(),
                Octets.fromHex("01aa")).address(StandardOptions.REQUESTED_ADDRESS, offered)
                .address(StandardOptions.SERVER_IDENTIFIER, SERVER).build());
        byHardware.reply(select, MessageType.ACK);

        Reply4 again = byHardware.reply(withClientId(MAC_A, MessageType.DISCOVER, null, "01bb"), MessageType.OFFER);
        Reply4 reboot = byHardware.reply(withClientId(MAC_A, MessageType.REQUEST, offered, "01cc"), MessageType.ACK);

        assertEquals(offered, again.message().yiaddr());
        assertEquals(offered, reboot.message().yiaddr());
        assertEquals(Optional.of(Octets.fromHex("01cc")), reboot.message().options().clientIdentifier());
        assertEquals(Optional.empty(), byHardware.store.findByAddress(offered).orElseThrow().clientId());
    }

    @Test
    void bootReplyAndAnonymousPacketsAreDroppedAndCounted() {
        Dhcp4Message d = TestPackets.discover(MAC_A, 1);
        Dhcp4Message bootReply = new Dhcp4Message(Dhcp4Message.BOOTREPLY, d.htype(), d.hlen(), 0, d.xid(), 0, 0,
            d.ciaddr(), d.yiaddr(), d.siaddr(), d.giaddr(), d.chaddr(), d.sname(), d.file(), d.options());
        Dhcp4Message anonymous = new Dhcp4Message(Dhcp4Message.BOOTREQUEST, 1, 0, 0, 2, 0, 0, Ipv4Bytes.ANY,
            Ipv4Bytes.ANY, Ipv4Bytes.ANY, Ipv4Bytes.ANY, Octets.empty(), Octets.empty(), Octets.empty(), d.options());

        assertEquals(DropReason.NOT_A_CLIENT_REQUEST, lan.dropped(bootReply));
        assertEquals(DropReason.NOT_A_CLIENT_REQUEST, lan.dropped(anonymous));
        assertEquals(2, lan.counters.snapshot().dropped(DropReason.NOT_A_CLIENT_REQUEST));
    }

    @Test
    void unicastRenewalFromTheClientsAddressIsServedFromItsSubnet() {
        Inet4Address bound = bind(lan, MAC_A);

        ExchangeOutcome outcome = lan.process(TestPackets.renew(MAC_A, 9, bound), new InetSocketAddress(bound, 68));

        assertEquals(MessageType.ACK, assertInstanceOf(ExchangeOutcome.Replied.class, outcome).reply().type());
    }
}
