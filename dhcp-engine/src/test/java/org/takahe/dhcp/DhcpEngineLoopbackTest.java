package org.takahe.dhcp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.takahe.dhcp.testing.TestConfigs.ip;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.takahe.dhcp.config.DhcpConfig;
import org.takahe.dhcp.testing.FakeLeaseStore;
import org.takahe.dhcp.testing.TestConfigs;
import org.takahe.dhcp.testing.TestPackets;
import org.takahe.dhcp.wire.Decoded;
import org.takahe.dhcp.wire.Dhcp4Codec;
import org.takahe.dhcp.wire.Dhcp4Message;
import org.takahe.dhcp.wire.MessageType;

/** The whole engine on real sockets: bound to "lo" with SO_BINDTODEVICE (needs root), high ports. */
class DhcpEngineLoopbackTest {
    private final FakeLeaseStore store = new FakeLeaseStore();
    private final DatagramSocket client;
    private final int serverPort;
    private final DhcpEngine engine;

    DhcpEngineLoopbackTest() throws IOException {
        client = new DatagramSocket(new InetSocketAddress("0.0.0.0", 0));
        client.setBroadcast(true);
        client.setSoTimeout(3000);
        serverPort = freePort();
        engine = new DhcpEngine(EngineSettings.defaults().withPorts(serverPort, client.getLocalPort()), store);
    }

    private static int freePort() throws IOException {
        try (DatagramSocket probe = new DatagramSocket(0)) {
            return probe.getLocalPort();
        }
    }

    @AfterEach
    void close() {
        engine.close();
        client.close();
    }

    private static DhcpConfig loopbackConfig(List<String> interfaces) {
        return new DhcpConfig(interfaces, Optional.empty(),
            List.of(TestConfigs.subnet("loop", "127.0.0.0/8", "127.0.0.100", "127.0.0.110")));
    }

    private Dhcp4Message exchange(Dhcp4Message request) throws IOException {
        ByteBuffer encoded = Dhcp4Codec.encode(request);
        byte[] out = new byte[encoded.remaining()];
        encoded.get(out);
        client.send(new DatagramPacket(out, out.length, new InetSocketAddress("127.0.0.1", serverPort)));
        byte[] in = new byte[1500];
        DatagramPacket reply = new DatagramPacket(in, in.length);
        client.receive(reply);
        Decoded decoded = Dhcp4Codec.decode(ByteBuffer.wrap(in, 0, reply.getLength()));
        return ((Decoded.Ok) decoded).message();
    }

    @Test
    void discoverOnLoopbackIsOfferedAndRequestIsAcked() throws IOException {
        engine.apply(loopbackConfig(List.of("lo")));
        assertEquals(List.of("lo"), engine.servedInterfaces());

        Dhcp4Message offer = exchange(TestPackets.discover(TestPackets.MAC_A, 0x77));
        assertEquals(Optional.of(MessageType.OFFER), offer.messageType());
        assertEquals(0x77, offer.xid());
        assertEquals(Optional.of(ip("127.0.0.1")), offer.options().serverIdentifier());

        Dhcp4Message ack = exchange(TestPackets.select(TestPackets.MAC_A, 0x78, offer.yiaddr(), ip("127.0.0.1")));
        assertEquals(Optional.of(MessageType.ACK), ack.messageType());
        assertEquals(offer.yiaddr(), ack.yiaddr());
        assertEquals(List.of(offer.yiaddr()), engine.leases().stream().map(l -> l.address()).toList());
        assertEquals(1, engine.statistics().received(MessageType.DISCOVER));
        assertEquals(1, engine.statistics().sent(MessageType.OFFER));
    }

    @Test
    void unknownInterfaceIsLoggedAndSkippedWhileOthersKeepServing() throws IOException {
        engine.apply(loopbackConfig(List.of("lo", "takahe-none0")));
        assertEquals(List.of("lo"), engine.servedInterfaces());

        engine.apply(loopbackConfig(List.of()));
        assertEquals(List.of(), engine.servedInterfaces());
        engine.apply(loopbackConfig(List.of("lo")));
        assertTrue(exchange(TestPackets.discover(TestPackets.MAC_B, 1)).messageType().isPresent());
    }
}
