package org.takahe.dhcp.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.takahe.dhcp.testing.TestConfigs.ip;
import static org.takahe.dhcp.testing.TestPackets.MAC_A;

import java.net.InetSocketAddress;
import org.junit.jupiter.api.Test;
import org.takahe.dhcp.exchange.Reply4;
import org.takahe.dhcp.testing.TestPackets;
import org.takahe.dhcp.wire.Dhcp4Message;
import org.takahe.dhcp.wire.Dhcp4Options;
import org.takahe.dhcp.wire.Ipv4Bytes;
import org.takahe.dhcp.wire.MessageType;
import org.takahe.dhcp.wire.Octets;

/** RFC 2131 §4.1, rule by rule. */
class ReplyAddressingTest {
    private static final InetSocketAddress BROADCAST = new InetSocketAddress(ip("255.255.255.255"), 68);

    private final ReplyAddressing addressing = new ReplyAddressing(67, 68);

    private static Dhcp4Message request(String ciaddr, String giaddr, boolean broadcastFlag) {
        Dhcp4Message plain = TestPackets.request(MAC_A, 1, ip(ciaddr), ip(giaddr),
            Dhcp4Options.builder().messageType(MessageType.REQUEST).build());
        return new Dhcp4Message(plain.op(), plain.htype(), plain.hlen(), plain.hops(), plain.xid(), plain.secs(),
            broadcastFlag ? Dhcp4Message.FLAG_BROADCAST : 0, plain.ciaddr(), plain.yiaddr(), plain.siaddr(),
            plain.giaddr(), plain.chaddr(), plain.sname(), plain.file(), plain.options());
    }

    private static Dhcp4Message request(String ciaddr, String giaddr) {
        return request(ciaddr, giaddr, false);
    }

    private static Reply4 reply(MessageType type, String yiaddr) {
        Dhcp4Message r = request("0.0.0.0", "0.0.0.0");
        return new Reply4(new Dhcp4Message(Dhcp4Message.BOOTREPLY, r.htype(), r.hlen(), 0, r.xid(), 0, 0,
            Ipv4Bytes.ANY, ip(yiaddr), Ipv4Bytes.ANY, Ipv4Bytes.ANY, r.chaddr(), Octets.empty(), Octets.empty(),
            Dhcp4Options.none()), type);
    }

    private static Reply4 reply(MessageType type) {
        return reply(type, "198.18.0.50");
    }

    @Test
    void relayedRequestIsAnsweredToTheRelayOnTheServerPortEvenANak() {
        assertEquals(new ReplyDestination.Relay(new InetSocketAddress(ip("198.18.1.1"), 67)),
            addressing.destination(request("198.18.1.50", "198.18.1.1"), reply(MessageType.NAK)));
        assertEquals(new ReplyDestination.Relay(new InetSocketAddress(ip("198.18.1.1"), 67)),
            addressing.destination(request("0.0.0.0", "198.18.1.1", true), reply(MessageType.OFFER)));
    }

    @Test
    void clientWithAnAddressIsAnsweredByUnicastToIt() {
        assertEquals(new ReplyDestination.ClientAddress(new InetSocketAddress(ip("198.18.0.50"), 68)),
            addressing.destination(request("198.18.0.50", "0.0.0.0"), reply(MessageType.ACK)));
    }

    @Test
    void nakToADirectClientIsBroadcastEvenIfItHasAnAddress() {
        assertEquals(new ReplyDestination.Broadcast(BROADCAST),
            addressing.destination(request("198.18.0.50", "0.0.0.0"), reply(MessageType.NAK)));
    }

    @Test
    void clientAskingForBroadcastIsAnsweredByBroadcast() {
        assertEquals(new ReplyDestination.Broadcast(BROADCAST),
            addressing.destination(request("0.0.0.0", "0.0.0.0", true), reply(MessageType.OFFER)));
    }

    @Test
    void clientWithoutAnAddressOrBroadcastBitIsAnsweredAtItsNewAddressAndHardwareAddress() {
        assertEquals(new ReplyDestination.NewAddress(new InetSocketAddress(ip("198.18.0.50"), 68), 1,
                Octets.fromHex(MAC_A)),
            addressing.destination(request("0.0.0.0", "0.0.0.0"), reply(MessageType.OFFER)));
    }

    @Test
    void replyAssigningNoAddressToAClientWithoutOneIsBroadcast() {
        assertEquals(new ReplyDestination.Broadcast(BROADCAST),
            addressing.destination(request("0.0.0.0", "0.0.0.0"), reply(MessageType.ACK, "0.0.0.0")));
    }
}
