package org.takahe.dhcp.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.takahe.dhcp.testing.TestConfigs.ip;
import static org.takahe.dhcp.testing.TestPackets.MAC_A;

import java.net.Inet4Address;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.takahe.dhcp.alloc.AllocationEngine;
import org.takahe.dhcp.config.DhcpConfig;
import org.takahe.dhcp.stats.Dhcp4Counters;
import org.takahe.dhcp.testing.FakeLeaseStore;
import org.takahe.dhcp.testing.MutableClock;
import org.takahe.dhcp.testing.TestConfigs;
import org.takahe.dhcp.testing.TestPackets;
import org.takahe.dhcp.wire.Dhcp4Codec;
import org.takahe.dhcp.wire.Dhcp4Message;
import org.takahe.dhcp.wire.Dhcp4Options;
import org.takahe.dhcp.wire.Ipv4Bytes;
import org.takahe.dhcp.wire.MessageType;
import org.takahe.dhcp.wire.Octets;
import org.takahe.dhcp.wire.StandardOptions;

/** Replies to relayed requests: option 82 echoed byte for byte and last, option 118 echoed, links selected. */
class RelayedReplyTest {
    private static final Inet4Address GIADDR = ip("198.18.1.1");
    private static final ReceivingInterface SRV_IF = new ReceivingInterface("srv1", List.of(ip("198.18.0.1")));
    // circuit-id "eth0/1", remote-id 00:11:22:33:44:55, an unknown sub-option 9, link-selection 198.18.5.0
    private static final Octets AGENT_INFO = Octets.fromHex("0106657468302f31" + "0206001122334455" + "0903aabbcc");
    private static final Octets LINK_SELECTION = Octets.fromHex("0504c6120500");

    private final ExchangeService service = new ExchangeService(new ChainFactory(
        new AllocationEngine(new FakeLeaseStore(), new MutableClock(Instant.parse("2025-01-01T00:00:00Z")),
            Duration.ofSeconds(30))), new Dhcp4Counters());

    RelayedReplyTest() {
        service.install(new DhcpConfig(List.of("srv1"), Optional.empty(), List.of(
            TestConfigs.subnet("branch", "198.18.1.0/24", "198.18.1.10", "198.18.1.20"),
            TestConfigs.subnet("linked", "198.18.5.0/24", "198.18.5.10", "198.18.5.20"),
            TestConfigs.subnet("named", "198.18.6.0/24", "198.18.6.10", "198.18.6.20"))));
    }

    private Reply4 reply(Dhcp4Options.Builder options) {
        Dhcp4Message request = TestPackets.request(MAC_A, 7, Ipv4Bytes.ANY, GIADDR, options.build());
        return assertInstanceOf(ExchangeOutcome.Replied.class,
            service.process(new InboundDatagram(request, new InetSocketAddress(GIADDR, 67), SRV_IF))).reply();
    }

    /** The option area of the encoded reply, from after the magic cookie to END. */
    private static String encodedOptionsHex(Reply4 reply) {
        ByteBuffer encoded = Dhcp4Codec.encode(reply.message());
        byte[] bytes = new byte[encoded.remaining()];
        encoded.get(bytes);
        String hex = HexFormat.of().formatHex(bytes, 240, bytes.length);
        return hex.substring(0, hex.lastIndexOf("ff") + 2); // only padding (zeros) follows END
    }

    @Test
    void relayAgentInformationIsEchoedByteForByteAsTheLastOptionBeforeEnd() {
        Reply4 offer = reply(TestPackets.options(MessageType.DISCOVER)
            .raw(StandardOptions.RELAY_AGENT_INFORMATION.code(), AGENT_INFO));

        assertEquals(StandardOptions.RELAY_AGENT_INFORMATION.code(), offer.message().options().all().getLast().code());
        String options = encodedOptionsHex(offer);
        String echoed = "52" + String.format("%02x", AGENT_INFO.length()) + AGENT_INFO.toHex() + "ff";
        assertTrue(options.endsWith(echoed), options);
    }

    @Test
    void replyToARequestWithoutRelayAgentInformationCarriesNone() {
        Reply4 offer = reply(TestPackets.options(MessageType.DISCOVER));

        assertEquals(Optional.empty(), offer.message().options().raw(StandardOptions.RELAY_AGENT_INFORMATION.code()));
    }

    @Test
    void linkSelectionSubOptionChoosesTheSubnetAndTheReplyStillGoesThroughGiaddr() {
        Octets withLink = Octets.fromHex(AGENT_INFO.toHex() + LINK_SELECTION.toHex());

        Reply4 offer = reply(TestPackets.options(MessageType.DISCOVER)
            .raw(StandardOptions.RELAY_AGENT_INFORMATION.code(), withLink));

        assertTrue(TestConfigs.subnet("linked", "198.18.5.0/24", "198.18.5.10", "198.18.5.20").prefix()
            .contains(offer.message().yiaddr()), offer.message().yiaddr().toString());
        assertEquals(GIADDR, offer.message().giaddr());
        assertEquals(Optional.of(withLink), offer.message().options().raw(StandardOptions.RELAY_AGENT_INFORMATION
            .code()));
    }

    @Test
    void subnetSelectionOptionChoosesTheSubnetAndIsEchoed() {
        Reply4 offer = reply(TestPackets.options(MessageType.DISCOVER)
            .address(StandardOptions.SUBNET_SELECTION, ip("198.18.6.0"))
            .raw(StandardOptions.RELAY_AGENT_INFORMATION.code(), Octets.fromHex(AGENT_INFO.toHex()
                + LINK_SELECTION.toHex())));

        assertTrue(TestConfigs.subnet("named", "198.18.6.0/24", "198.18.6.10", "198.18.6.20").prefix()
            .contains(offer.message().yiaddr()), offer.message().yiaddr().toString());
        assertEquals(Optional.of(ip("198.18.6.0")), offer.message().options().subnetSelection());
        assertEquals(StandardOptions.RELAY_AGENT_INFORMATION.code(), offer.message().options().all().getLast().code());
    }

    @Test
    void nakThroughARelayCarriesTheBroadcastBitAndTheEcho() {
        Request4 request = new Request4(TestPackets.request(MAC_A, 9, Ipv4Bytes.ANY, GIADDR,
                TestPackets.options(MessageType.REQUEST).raw(StandardOptions.RELAY_AGENT_INFORMATION.code(), AGENT_INFO)
                    .build()),
            MessageType.REQUEST, new InetSocketAddress(GIADDR, 67), SRV_IF, Optional.empty());
        Reply4.Builder builder = Reply4.builder(request).type(MessageType.NAK);
        builder.options().raw(StandardOptions.RELAY_AGENT_INFORMATION.code(), Octets.fromHex("0101ff"));

        Dhcp4Message nak = builder.build().orElseThrow().message();

        assertTrue(nak.broadcastFlag());
        assertEquals(Optional.of(AGENT_INFO), nak.options().raw(StandardOptions.RELAY_AGENT_INFORMATION.code()),
            "the request's option, not one a handler set");
        assertEquals(StandardOptions.RELAY_AGENT_INFORMATION.code(), nak.options().all().getLast().code());
    }

    @Test
    void nakToADirectClientKeepsItsFlags() {
        Request4 request = new Request4(TestPackets.request(MAC_A, 9, Ipv4Bytes.ANY, Ipv4Bytes.ANY,
                TestPackets.options(MessageType.REQUEST).build()),
            MessageType.REQUEST, new InetSocketAddress(Ipv4Bytes.ANY, 68), SRV_IF, Optional.empty());

        assertFalse(Reply4.builder(request).type(MessageType.NAK).build().orElseThrow().message().broadcastFlag());
    }
}
