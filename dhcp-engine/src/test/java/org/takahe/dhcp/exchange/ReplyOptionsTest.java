package org.takahe.dhcp.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.takahe.dhcp.testing.TestConfigs.ip;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.takahe.dhcp.alloc.AllocationEngine;
import org.takahe.dhcp.classify.Expression;
import org.takahe.dhcp.config.BootFields;
import org.takahe.dhcp.config.ClientClass4;
import org.takahe.dhcp.config.ConfiguredOption;
import org.takahe.dhcp.config.DhcpConfig;
import org.takahe.dhcp.config.HostIdentifier;
import org.takahe.dhcp.config.Ipv4Prefix;
import org.takahe.dhcp.config.LeaseTimers;
import org.takahe.dhcp.config.OptionConfig4;
import org.takahe.dhcp.config.OptionSet4;
import org.takahe.dhcp.config.Options4;
import org.takahe.dhcp.config.Pool4;
import org.takahe.dhcp.config.Reservation4;
import org.takahe.dhcp.config.Reservations4;
import org.takahe.dhcp.config.SharedNetwork4;
import org.takahe.dhcp.config.Subnet4;
import org.takahe.dhcp.config.VendorClassSpace;
import org.takahe.dhcp.stats.Dhcp4Counters;
import org.takahe.dhcp.testing.FakeLeaseStore;
import org.takahe.dhcp.testing.MutableClock;
import org.takahe.dhcp.testing.TestPackets;
import org.takahe.dhcp.wire.Decoded;
import org.takahe.dhcp.wire.Dhcp4Codec;
import org.takahe.dhcp.wire.Dhcp4Message;
import org.takahe.dhcp.wire.Dhcp4Options;
import org.takahe.dhcp.wire.Ipv4Bytes;
import org.takahe.dhcp.wire.MessageType;
import org.takahe.dhcp.wire.Octets;
import org.takahe.dhcp.wire.OptionKey;
import org.takahe.dhcp.wire.OptionSpace;
import org.takahe.dhcp.wire.OptionValue;
import org.takahe.dhcp.wire.RawOption;
import org.takahe.dhcp.wire.StandardOptions;

/** Which options a reply carries, in what order and from which scope; vendor options; overload. */
class ReplyOptionsTest {
    private static final ReceivingInterface LAN_IF = new ReceivingInterface("lan0", List.of(ip("198.18.0.1")));
    private static final String MAC = "52:54:00:00:00:21";

    private final ExchangeService service = new ExchangeService(new ChainFactory(new AllocationEngine(
        new FakeLeaseStore(), new MutableClock(Instant.parse("2025-01-01T00:00:00Z")), Duration.ofSeconds(30))), new Dhcp4Counters());

    private static ConfiguredOption option(String space, int code, String text) {
        return new ConfiguredOption(new OptionKey(space, code), ascii(text), false, false);
    }

    private static ConfiguredOption option(int code, Octets data) {
        return ConfiguredOption.of(code, data);
    }

    private static ConfiguredOption always(ConfiguredOption option) {
        return new ConfiguredOption(option.key(), option.data(), true, false);
    }

    private static ConfiguredOption never(ConfiguredOption option) {
        return new ConfiguredOption(option.key(), option.data(), false, true);
    }

    private static Octets ascii(String text) {
        return Octets.of(text.getBytes(StandardCharsets.US_ASCII));
    }

    private static Map<String, OptionSet4> sets(OptionSet4... sets) {
        return Arrays.stream(sets).collect(Collectors.toMap(OptionSet4::id, Function.identity()));
    }

    /**
     * lan 198.18.0.0/24: pool "general" .10-.20 without options, pool "special" .30-.40 with set "special";
     * the range names "lan", allocation-ranges "global".
     */
    private void install(Map<String, OptionSet4> sets, List<String> rangeSets) {
        Subnet4 lan = new Subnet4("lan", Ipv4Prefix.parse("198.18.0.0/24"), List.of(
                new Pool4("general", ip("198.18.0.10"), ip("198.18.0.20")),
                new Pool4("special", ip("198.18.0.30"), ip("198.18.0.40"), Optional.empty(), Options4.of("special"))),
            new Options4(rangeSets), LeaseTimers.forLifetime(Duration.ofHours(1)));
        service.install(new DhcpConfig(List.of("lan0"), Optional.empty(), List.of(lan)).withOptions(
            new OptionConfig4(sets, Options4.of("global"), List.of(new VendorClassSpace("ACME", "acme")))));
    }

    private void installStandard() {
        install(sets(
            new OptionSet4("global", List.of(option(15, ascii("global.test")), option(42, Octets.fromHex("c612007b")),
                always(option(252, ascii("http://wpad.test/wpad.dat"))))),
            new OptionSet4("lan", List.of(option(3, Octets.fromHex("c6120001")), option(6, Octets.fromHex("c6120035")),
                option(15, ascii("lan.test")), option(66, ascii("tftp.lan.test")))),
            new OptionSet4("special", List.of(option(3, Octets.fromHex("c61200fe")),
                option(66, ascii("tftp.special"))))),
            List.of("lan"));
    }

    private static Dhcp4Message discover(Dhcp4Options.Builder options) {
        return TestPackets.request(MAC, 0x99, Ipv4Bytes.ANY, Ipv4Bytes.ANY, options.build());
    }

    private static Dhcp4Options.Builder asking(MessageType type, Integer... codes) {
        return Dhcp4Options.builder().messageType(type)
            .set(StandardOptions.PARAMETER_REQUEST_LIST, OptionValue.numbers(List.of(codes)));
    }

    private Dhcp4Message reply(Dhcp4Message request) {
        ExchangeOutcome outcome = service.process(new InboundDatagram(request, new InetSocketAddress("0.0.0.0", 68),
            LAN_IF));
        // Through the wire and back, as the client sees it.
        Dhcp4Message sent = assertInstanceOf(ExchangeOutcome.Replied.class, outcome).reply().message();
        return assertInstanceOf(Decoded.Ok.class, Dhcp4Codec.decode(Dhcp4Codec.encode(sent))).message();
    }

    private static List<Integer> codes(Dhcp4Message message) {
        return message.options().all().stream().map(RawOption::code).toList();
    }

    @Test
    void requestedOptionsComeInTheClientsOrderAfterTheMaskAndUnrequestedOnesStayOut() {
        installStandard();
        Dhcp4Message offer = reply(discover(asking(MessageType.DISCOVER, 15, 66, 3, 1, 119)));

        assertEquals(List.of(53, 54, 51, 58, 59, 1, 15, 66, 3, 6, 252), codes(offer),
            "type, server id and lease times; the mask before the routers (RFC 2132); then 55's order (119 is "
                + "configured nowhere); then the basic 6 unasked, as Kea; then always-send; never 42");
        assertEquals(Optional.of("lan.test"), offer.options().domainName(), "the range's set over the global one");
    }

    @Test
    void withoutAParameterRequestListOnlyTheBasicAndAlwaysSentOptionsCome() {
        installStandard();
        Dhcp4Message offer = reply(discover(Dhcp4Options.builder().messageType(MessageType.DISCOVER)));
        assertEquals(List.of(53, 54, 51, 58, 59, 1, 3, 6, 15, 252), codes(offer));
    }

    @Test
    void poolOptionsOverrideTheRangesAndGlobalOnesFillTheGaps() {
        installStandard();
        Dhcp4Message special = reply(discover(asking(MessageType.DISCOVER, 3, 6, 42, 66)
            .address(StandardOptions.REQUESTED_ADDRESS, ip("198.18.0.35"))));
        assertEquals(ip("198.18.0.35"), special.yiaddr());
        assertEquals(List.of(ip("198.18.0.254")), special.options().routers(), "the pool's router");
        assertEquals(Optional.of(ascii("tftp.special")), special.options().raw(66));
        assertEquals(List.of(ip("198.18.0.53")), special.options().domainNameServers(), "the range's DNS");
        assertEquals(Optional.of(Octets.fromHex("c612007b")), special.options().raw(42), "the global NTP server");

        Dhcp4Message general = reply(TestPackets.request("52:54:00:00:00:22", 0x9a, Ipv4Bytes.ANY, Ipv4Bytes.ANY,
            asking(MessageType.DISCOVER, 3, 66).address(StandardOptions.REQUESTED_ADDRESS, ip("198.18.0.12")).build()));
        assertEquals(ip("198.18.0.12"), general.yiaddr());
        assertEquals(List.of(ip("198.18.0.1")), general.options().routers());
        assertEquals(Optional.of(ascii("tftp.lan.test")), general.options().raw(66));
    }

    @Test
    void anInformFromAPoolAddressGetsThatPoolsOptions() {
        installStandard();
        Dhcp4Message ack = reply(TestPackets.request(MAC, 0x9b, ip("198.18.0.33"), Ipv4Bytes.ANY,
            asking(MessageType.INFORM, 3).build()));
        assertEquals(List.of(ip("198.18.0.254")), ack.options().routers());
        assertEquals(Optional.empty(), ack.options().leaseTime());
    }

    @Test
    void neverSendHidesAnOptionOfALessSpecificLevelEvenWhenAsked() {
        install(sets(new OptionSet4("global", List.of(option(42, Octets.fromHex("c612007b")))),
            new OptionSet4("quiet", List.of(never(option(42, Octets.fromHex("c612007b"))))),
            new OptionSet4("special", List.of())), List.of("quiet"));
        assertEquals(Optional.empty(), reply(discover(asking(MessageType.DISCOVER, 42))).options().raw(42));
    }

    @Test
    void option43CarriesTheSubOptionsOfTheSpaceTheVendorClassSelects() {
        install(sets(new OptionSet4("global", List.of(
                option(OptionSpace.VENDOR_ENCAPSULATED, 1, "generic"),
                option("acme", 1, "acme.cfg"), option("acme", 2, "x"))),
            new OptionSet4("special", List.of())), List.of());

        Dhcp4Message acme = reply(discover(asking(MessageType.DISCOVER, 43)
            .text(StandardOptions.VENDOR_CLASS, "ACME-phone-7")));
        assertEquals(Optional.of(Octets.fromHex("0108" + "61636d652e636667" + "020178")), acme.options().raw(43));

        Dhcp4Message other = reply(discover(asking(MessageType.DISCOVER, 43)));
        assertEquals(Optional.of(Octets.fromHex("0107" + "67656e65726963")), other.options().raw(43));

        Dhcp4Message notAsked = reply(discover(asking(MessageType.DISCOVER, 3)));
        assertEquals(Optional.empty(), notAsked.options().raw(43));
    }

    @Test
    void anAlwaysSendSubOptionSendsItsOption43Unasked() {
        install(sets(new OptionSet4("global", List.of(always(option(OptionSpace.VENDOR_ENCAPSULATED, 1, "g")))),
            new OptionSet4("special", List.of())), List.of());
        assertEquals(Optional.of(Octets.fromHex("010167")),
            reply(discover(asking(MessageType.DISCOVER, 3))).options().raw(43));
    }

    @Test
    void option125CarriesTheEnterprisesTheClientNamesOrAllWhenItNamesNone() {
        install(sets(new OptionSet4("global", List.of(option(OptionSpace.vendor(4491), 2, "a"),
                option(OptionSpace.vendor(3561), 1, "b"))),
            new OptionSet4("special", List.of())), List.of());

        Dhcp4Message all = reply(discover(asking(MessageType.DISCOVER, 125)));
        assertEquals(Optional.of(Octets.fromHex("00000de9" + "03" + "010162" + "0000118b" + "03" + "020161")),
            all.options().raw(125), "enterprises in ascending order");

        // V-I vendor class (124) naming enterprise 4491 only.
        Dhcp4Message cable = reply(discover(asking(MessageType.DISCOVER, 125)
            .raw(124, Octets.fromHex("0000118b" + "03" + "646f63"))));
        assertEquals(Optional.of(Octets.fromHex("0000118b" + "03" + "020161")), cable.options().raw(125));
    }

    @Test
    void optionsBeyondASmallMaximumMessageSizeGoToFileAndSname() {
        // 187 + 2 bytes fit the options field, which then has no room for the 112 + 2 of the second.
        String longName = "a".repeat(60) + "." + "b".repeat(60) + "." + "c".repeat(60) + ".test";
        String mediumName = "d".repeat(60) + "." + "e".repeat(46) + ".test";
        install(sets(new OptionSet4("global", List.of(option(17, ascii(longName)), option(18, ascii(mediumName)),
                option(40, ascii("nis.test")), option(64, ascii("nisplus.test")))),
            new OptionSet4("special", List.of())), List.of());

        Dhcp4Message request = discover(asking(MessageType.DISCOVER, 17, 18, 40, 64)
            .raw(StandardOptions.MAX_MESSAGE_SIZE.code(), Octets.fromHex("0240")));
        ExchangeOutcome outcome = service.process(new InboundDatagram(request, new InetSocketAddress("0.0.0.0", 68),
            LAN_IF));
        Dhcp4Message sent = assertInstanceOf(ExchangeOutcome.Replied.class, outcome).reply().message();
        assertTrue(Dhcp4Codec.encode(sent).remaining() <= 576 - 28, "within option 57's 576 bytes");
        assertEquals(Optional.of(Octets.of((byte) 1)), sent.options().raw(52), "the file field holds options");

        Dhcp4Message received = assertInstanceOf(Decoded.Ok.class, Dhcp4Codec.decode(Dhcp4Codec.encode(sent)))
            .message();
        for (int code : List.of(17, 18, 40, 64)) {
            assertTrue(received.options().raw(code).isPresent(), "option " + code + " reaches the client");
        }
        assertEquals(Optional.of(ascii(mediumName)), received.options().raw(18));
        assertEquals(Optional.of(ascii(longName)), received.options().raw(17));
    }

    @Test
    void everyLevelContributesAndTheMostSpecificWins() throws Exception {
        // Each level's set gives option 224 its level number and an option 200 + level only it sets.
        Map<String, OptionSet4> sets = sets(level("global", 1), level("class", 2), level("network", 3),
            level("subnet", 4), level("special", 5), level("host", 6));
        Subnet4 plain = new Subnet4("lan", Ipv4Prefix.parse("198.18.0.0/24"), List.of(
                new Pool4("general", ip("198.18.0.10"), ip("198.18.0.20")),
                new Pool4("special", ip("198.18.0.30"), ip("198.18.0.40"), Optional.empty(), Options4.of("special"))),
            Options4.of("subnet"), LeaseTimers.forLifetime(Duration.ofHours(1)));
        Reservation4 host = new Reservation4("host", new HostIdentifier(HostIdentifier.Type.HARDWARE_ADDRESS,
            Octets.fromHex(MAC)), Optional.of(ip("198.18.0.35")), Optional.empty(), List.of("host"), BootFields.none());
        Subnet4 lan = new Subnet4(plain.id(), plain.prefix(), plain.pools(), plain.options(), plain.timers(), false,
            true, new Reservations4(List.of(host), Optional.empty()));
        ClientClass4 acme = new ClientClass4("acme", Optional.of(Expression.compileCondition(
            "option[60].text == 'ACME'")), List.of("class"), BootFields.none(), Optional.empty());
        service.install(new DhcpConfig(List.of("lan0"), Optional.empty(), List.of(lan),
            List.of(new SharedNetwork4("floor", List.of("lan"), List.of("network"), Optional.empty())), List.of(acme))
            .withOptions(new OptionConfig4(sets, Options4.of("global"), List.of())));
        Integer[] asked = {224, 201, 202, 203, 204, 205, 206};

        Dhcp4Message reserved = reply(discover(asking(MessageType.DISCOVER, asked)
            .text(StandardOptions.VENDOR_CLASS, "ACME")));
        assertEquals(ip("198.18.0.35"), reserved.yiaddr());
        assertEquals(Optional.of(Octets.of((byte) 6)), reserved.options().raw(224), "the reservation wins");
        for (int level = 1; level <= 6; level++) {
            assertEquals(Optional.of(Octets.of((byte) level)), reserved.options().raw(200 + level),
                "level " + level + " contributes what only it sets");
        }

        Dhcp4Message unreserved = reply(TestPackets.request("52:54:00:00:00:23", 0x9c, Ipv4Bytes.ANY, Ipv4Bytes.ANY,
            asking(MessageType.DISCOVER, asked).text(StandardOptions.VENDOR_CLASS, "ACME").build()));
        assertEquals(Optional.of(Octets.of((byte) 4)), unreserved.options().raw(224), "the subnet, from a pool "
            + "without options, over the shared network and the class");
        assertEquals(Optional.empty(), unreserved.options().raw(206));
        assertEquals(Optional.empty(), unreserved.options().raw(205));
    }

    private static OptionSet4 level(String id, int level) {
        return new OptionSet4(id, List.of(option(224, Octets.of((byte) level)),
            option(200 + level, Octets.of((byte) level))));
    }
}
