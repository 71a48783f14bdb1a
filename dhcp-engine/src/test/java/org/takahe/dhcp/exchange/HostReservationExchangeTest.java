package org.takahe.dhcp.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.takahe.dhcp.testing.TestConfigs.ip;
import static org.takahe.dhcp.testing.TestPackets.MAC_A;
import static org.takahe.dhcp.testing.TestPackets.MAC_B;

import java.net.Inet4Address;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.takahe.dhcp.config.BootFields;
import org.takahe.dhcp.config.ConfiguredOption;
import org.takahe.dhcp.config.DhcpConfig;
import org.takahe.dhcp.config.HostIdentifier;
import org.takahe.dhcp.config.OptionConfig4;
import org.takahe.dhcp.config.OptionSet4;
import org.takahe.dhcp.config.Reservation4;
import org.takahe.dhcp.config.Subnet4;
import org.takahe.dhcp.testing.Reservations;
import org.takahe.dhcp.testing.TestConfigs;
import org.takahe.dhcp.testing.TestPackets;
import org.takahe.dhcp.wire.Dhcp4Message;
import org.takahe.dhcp.wire.Dhcp4Options;
import org.takahe.dhcp.wire.Ipv4Bytes;
import org.takahe.dhcp.wire.MessageType;
import org.takahe.dhcp.wire.Octets;
import org.takahe.dhcp.wire.OptionValue;
import org.takahe.dhcp.wire.StandardOptions;

/** Host reservations seen from the wire: address, host name, boot fields, each identifier kind. */
class HostReservationExchangeTest {
    private static final Inet4Address SERVER = ip("198.18.0.1");
    private static final Subnet4 LAN = TestConfigs.subnet("lan", "198.18.0.0/24", "198.18.0.10", "198.18.0.20");
    private static final Subnet4 BRANCH = TestConfigs.subnet("branch", "198.18.1.0/24", "198.18.1.10",
        "198.18.1.20");
    private static final Reservation4 PRINTER = new Reservation4("printer",
        new HostIdentifier(HostIdentifier.Type.HARDWARE_ADDRESS, Octets.fromHex(MAC_A)),
        Optional.of(ip("198.18.0.200")), Optional.of("printer-1"), List.of(),
        new BootFields(Optional.of(ip("198.18.0.5")), Optional.of("tftp.example.test"), Optional.of("boot.efi")));

    private static Dhcp4Message discoverAsking(String mac, int... parameters) {
        return TestPackets.request(mac, 1, Ipv4Bytes.ANY, Ipv4Bytes.ANY, Dhcp4Options.builder()
            .messageType(MessageType.DISCOVER).set(StandardOptions.PARAMETER_REQUEST_LIST,
                OptionValue.numbers(Arrays.stream(parameters).boxed().toList())).build());
    }

    private static String text(Octets field) {
        String raw = new String(field.toByteArray(), StandardCharsets.UTF_8);
        int end = raw.indexOf('\0');
        return end < 0 ? raw : raw.substring(0, end);
    }

    @Test
    void reservedClientGetsItsAddressOutsideThePoolsHostNameAndBootFields() {
        ExchangeFixture lan = new ExchangeFixture(Reservations.with(LAN, PRINTER));

        Reply4 offer = lan.reply(discoverAsking(MAC_A, 1, 3, 12), MessageType.OFFER);
        Reply4 ack = lan.reply(TestPackets.select(MAC_A, 2, offer.message().yiaddr(), SERVER), MessageType.ACK);

        for (Reply4 reply : List.of(offer, ack)) {
            Dhcp4Message m = reply.message();
            assertEquals(ip("198.18.0.200"), m.yiaddr());
            assertEquals(ip("198.18.0.5"), m.siaddr());
            assertEquals("tftp.example.test", text(m.sname()));
            assertEquals("boot.efi", text(m.file()));
        }
        assertEquals(Optional.of("printer-1"), offer.message().options().hostName());
        assertEquals(Optional.of("printer-1"), lan.store.findByAddress(ip("198.18.0.200")).orElseThrow().hostname());
    }

    @Test
    void reservedHostNameIsSentOnlyToClientsThatSendOrAskForOne() {
        ExchangeFixture lan = new ExchangeFixture(Reservations.with(LAN, PRINTER));

        Reply4 notAsked = lan.reply(discoverAsking(MAC_A, 1, 3), MessageType.OFFER);
        Dhcp4Message sendsItsOwn = TestPackets.request(MAC_A, 2, Ipv4Bytes.ANY, Ipv4Bytes.ANY,
            TestPackets.options(MessageType.DISCOVER).text(StandardOptions.HOST_NAME, "my-own-name").build());

        assertEquals(Optional.empty(), notAsked.message().options().hostName());
        assertEquals(Optional.of("printer-1"), lan.reply(sendsItsOwn, MessageType.OFFER).message().options()
            .hostName());
    }

    @Test
    void otherClientsGetNeitherTheReservedAddressNorTheBootFields() {
        ExchangeFixture lan = new ExchangeFixture(Reservations.with(LAN, PRINTER));

        Reply4 offer = lan.reply(discoverAsking(MAC_B, 1, 12), MessageType.OFFER);
        Reply4 nak = lan.reply(TestPackets.select(MAC_B, 2, ip("198.18.0.200"), SERVER), MessageType.NAK);

        assertEquals(Ipv4Bytes.ANY, offer.message().siaddr());
        assertEquals("", text(offer.message().file()));
        assertEquals(Optional.empty(), offer.message().options().hostName());
        assertEquals(Ipv4Bytes.ANY, nak.message().siaddr());
    }

    @Test
    void reservedOptionsWinOverThoseOfTheSubnet() {
        Reservation4 withOptions = new Reservation4("printer", PRINTER.identifier(), PRINTER.address(),
            Optional.empty(), List.of("printer-dns"), BootFields.none());
        DhcpConfig config = TestConfigs.withSubnetOptions(new DhcpConfig(List.of("lan0"), Optional.empty(),
            List.of(Reservations.with(LAN, withOptions))));
        Map<String, OptionSet4> sets = new HashMap<>(config.options().optionSets());
        sets.put("printer-dns", new OptionSet4("printer-dns", List.of(ConfiguredOption.of(
            StandardOptions.DOMAIN_NAME_SERVERS.code(), Octets.of(ip("198.18.0.99").getAddress())))));
        ExchangeFixture lan = new ExchangeFixture(LAN);
        lan.service.install(config.withOptions(new OptionConfig4(sets, config.options().global(),
            config.options().vendorClassSpaces())));

        Dhcp4Options forPrinter = lan.reply(TestPackets.discover(MAC_A, 1), MessageType.OFFER).message().options();
        Dhcp4Options forOthers = lan.reply(TestPackets.discover(MAC_B, 2), MessageType.OFFER).message().options();

        assertEquals(List.of(ip("198.18.0.99")), forPrinter.domainNameServers());
        assertEquals(List.of(ip("198.18.0.1")), forPrinter.routers());
        assertEquals(List.of(ip("198.18.255.53")), forOthers.domainNameServers());
    }

    @Test
    void reservationByFlexibleIdentifierComputedFromTheRelaysRemoteId() throws Exception {
        Reservation4 remote9 = Reservations.reservation("remote-9", HostIdentifier.Type.FLEX_ID,
            Octets.of("remote-9".getBytes(StandardCharsets.US_ASCII)), "198.18.1.201");
        ExchangeFixture fixture = new ExchangeFixture(LAN, Reservations.withFlexId(BRANCH, "relay4[2].hex", remote9));
        Dhcp4Message fromRemote9 = TestPackets.request(MAC_A, 1, Ipv4Bytes.ANY, ip("198.18.1.1"),
            TestPackets.options(MessageType.DISCOVER).raw(StandardOptions.RELAY_AGENT_INFORMATION.code(),
                Octets.fromHex("0208" + Octets.of("remote-9".getBytes(StandardCharsets.US_ASCII)).toHex())).build());
        Dhcp4Message withoutRemoteId = TestPackets.request(MAC_B, 2, Ipv4Bytes.ANY, ip("198.18.1.1"),
            TestPackets.options(MessageType.DISCOVER).build());

        assertEquals(ip("198.18.1.201"), fixture.reply(fromRemote9, MessageType.OFFER).message().yiaddr());
        assertEquals(ip("198.18.1.10"), fixture.reply(withoutRemoteId, MessageType.OFFER).message().yiaddr());
    }

    @Test
    void reservationByClientIdentifier() {
        Reservation4 byId = Reservations.reservation("laptop", HostIdentifier.Type.CLIENT_ID,
            Octets.fromHex("01aabbcc"), "198.18.0.201");
        ExchangeFixture lan = new ExchangeFixture(Reservations.with(LAN, byId));
        Dhcp4Message discover = TestPackets.request(MAC_B, 1, Ipv4Bytes.ANY, Ipv4Bytes.ANY,
            TestPackets.options(MessageType.DISCOVER).raw(StandardOptions.CLIENT_IDENTIFIER.code(),
                Octets.fromHex("01aabbcc")).build());

        assertEquals(ip("198.18.0.201"), lan.reply(discover, MessageType.OFFER).message().yiaddr());
        assertEquals(ip("198.18.0.10"), lan.reply(TestPackets.discover(MAC_B, 2), MessageType.OFFER).message()
            .yiaddr());
    }

    @Test
    void reservationByCircuitIdOfTheRelayAndRenewalWithoutTheRelay() {
        Reservation4 port7 = Reservations.reservation("port-7", HostIdentifier.Type.CIRCUIT_ID,
            Octets.of("port-7".getBytes(StandardCharsets.US_ASCII)), "198.18.1.200");
        ExchangeFixture fixture = new ExchangeFixture(LAN, Reservations.with(BRANCH, port7));
        Octets agentInfo = Octets.fromHex("0106" + Octets.of("port-7".getBytes(StandardCharsets.US_ASCII)).toHex());
        Dhcp4Message relayedDiscover = TestPackets.request(MAC_B, 1, Ipv4Bytes.ANY, ip("198.18.1.1"),
            TestPackets.options(MessageType.DISCOVER).raw(StandardOptions.RELAY_AGENT_INFORMATION.code(), agentInfo)
                .build());
        Dhcp4Message relayedSelect = TestPackets.request(MAC_B, 2, Ipv4Bytes.ANY, ip("198.18.1.1"),
            TestPackets.options(MessageType.REQUEST).address(StandardOptions.REQUESTED_ADDRESS, ip("198.18.1.200"))
                .address(StandardOptions.SERVER_IDENTIFIER, SERVER)
                .raw(StandardOptions.RELAY_AGENT_INFORMATION.code(), agentInfo).build());

        assertEquals(ip("198.18.1.200"), fixture.reply(relayedDiscover, MessageType.OFFER).message().yiaddr());
        fixture.reply(relayedSelect, MessageType.ACK);
        // RENEWING: unicast from the client, no relay, no option 82; the lease stands for the circuit id.
        Reply4 renewed = fixture.reply(TestPackets.renew(MAC_B, 3, ip("198.18.1.200")), MessageType.ACK);
        assertEquals(ip("198.18.1.200"), renewed.message().yiaddr());
        // Another port of the same relay does not get it.
        Dhcp4Message otherPort = TestPackets.request("52:54:00:00:00:0c", 4, Ipv4Bytes.ANY, ip("198.18.1.1"),
            TestPackets.options(MessageType.DISCOVER).raw(StandardOptions.RELAY_AGENT_INFORMATION.code(),
                Octets.fromHex("0106706f72742d38")).build());
        assertEquals(ip("198.18.1.10"), fixture.reply(otherPort, MessageType.OFFER).message().yiaddr());
    }
}
