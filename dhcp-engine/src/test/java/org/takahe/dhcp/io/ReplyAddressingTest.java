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

class ReplyAddressingTest {
    private final ReplyAddressing addressing = new ReplyAddressing(67, 68);

    private static Dhcp4Message request(String ciaddr, String giaddr) {
        return TestPackets.request(MAC_A, 1, ip(ciaddr), ip(giaddr),
            Dhcp4Options.builder().messageType(MessageType.REQUEST).build());
    }

    private static Reply4 reply(MessageType type) {
        return new Reply4(request("0.0.0.0", "0.0.0.0"), type);
    }

    @Test
    void relayedRequestIsAnsweredToTheRelayOnTheServerPort() {
        assertEquals(new InetSocketAddress(ip("198.18.1.1"), 67),
            addressing.destination(request("198.18.1.50", "198.18.1.1"), reply(MessageType.NAK)));
    }

    @Test
    void clientWithAnAddressIsAnsweredByUnicast() {
        assertEquals(new InetSocketAddress(ip("198.18.0.50"), 68),
            addressing.destination(request("198.18.0.50", "0.0.0.0"), reply(MessageType.ACK)));
    }

    @Test
    void nakToADirectClientIsBroadcastEvenIfItHasAnAddress() {
        assertEquals(new InetSocketAddress(ip("255.255.255.255"), 68),
            addressing.destination(request("198.18.0.50", "0.0.0.0"), reply(MessageType.NAK)));
    }

    @Test
    void clientWithoutAnAddressIsAnsweredByBroadcast() {
        assertEquals(new InetSocketAddress(ip("255.255.255.255"), 68),
            addressing.destination(request(Ipv4Bytes.ANY.getHostAddress(), "0.0.0.0"), reply(MessageType.OFFER)));
    }
}
