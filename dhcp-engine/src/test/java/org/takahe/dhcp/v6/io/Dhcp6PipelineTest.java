package org.takahe.dhcp.v6.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.takahe.dhcp.v6.TestClient6.iaNa;
import static org.takahe.dhcp.v6.V6Configs.ip;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.PooledByteBufAllocator;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.channel.socket.DatagramPacket;
import io.netty.util.ResourceLeakDetector;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.takahe.dhcp.v6.Dhcp6DropReason;
import org.takahe.dhcp.v6.TestClient6;
import org.takahe.dhcp.v6.V6Configs;
import org.takahe.dhcp.v6.V6Exchanges;
import org.takahe.dhcp.wire.v6.Dhcp6Codec;
import org.takahe.dhcp.wire.v6.Dhcp6Message;
import org.takahe.dhcp.wire.v6.Dhcp6Packet;
import org.takahe.dhcp.wire.v6.MalformedDhcp6Exception;
import org.takahe.dhcp.wire.v6.MessageType6;
import org.takahe.dhcp.wire.v6.RelayMessage6;

/** The DHCPv6 io pipeline (decoder → dispatcher → encoder) on an EmbeddedChannel, with leak detection at PARANOID. */
class Dhcp6PipelineTest {
    private static final InetSocketAddress SERVER = new InetSocketAddress(ip("ff02::1:2"), 547);
    private static final int CLIENT_PORT = 10546;

    private final V6Exchanges exchanges = new V6Exchanges(V6Configs.config(V6Configs.lan()));
    private final TestClient6 client = TestClient6.number(1);
    private final List<ByteBuf> inputs = new ArrayList<>();
    private EmbeddedChannel channel = pipeline(Runnable::run);

    @BeforeAll
    static void paranoidLeakDetection() {
        ResourceLeakDetector.setLevel(ResourceLeakDetector.Level.PARANOID);
    }

    private EmbeddedChannel pipeline(Executor workers) {
        return new EmbeddedChannel(new Dhcp6DatagramDecoder(() -> V6Exchanges.LAN, exchanges.counters),
            Outbound6.encoder(), new Dhcp6Dispatcher(exchanges.service, workers, exchanges.counters,
                CLIENT_PORT));
    }

    @AfterEach
    void nothingLeftBehind() {
        assertFalse(channel.finishAndReleaseAll(), "unread messages left in the channel");
        for (ByteBuf input : inputs) {
            assertEquals(0, input.refCnt(), "an inbound datagram was not released");
        }
    }

    private DatagramPacket datagram(byte[] bytes, InetSocketAddress sender) {
        ByteBuf buffer = PooledByteBufAllocator.DEFAULT.directBuffer(bytes.length).writeBytes(bytes);
        inputs.add(buffer);
        return new DatagramPacket(buffer, SERVER, sender);
    }

    private static byte[] bytes(Dhcp6Packet packet) {
        ByteBuffer encoded = Dhcp6Codec.encode(packet);
        byte[] bytes = new byte[encoded.remaining()];
        encoded.get(bytes);
        return bytes;
    }

    private Dhcp6Packet readReply(InetSocketAddress expectedRecipient) {
        DatagramPacket out = channel.readOutbound();
        try {
            assertEquals(expectedRecipient, out.recipient());
            return Dhcp6Codec.decode(out.content().nioBuffer());
        } catch (MalformedDhcp6Exception e) {
            throw new AssertionError(e);
        } finally {
            out.release();
        }
    }

    @Test
    void aClientIsAnsweredAtItsAddressOnTheClientPort() {
        channel.writeInbound(datagram(bytes(client.message(MessageType6.SOLICIT, iaNa(1))), V6Exchanges.CLIENT));

        Dhcp6Packet advertise = readReply(new InetSocketAddress(V6Exchanges.CLIENT.getAddress(), CLIENT_PORT));
        assertEquals(MessageType6.ADVERTISE, advertise.type());
        assertEquals(1, exchanges.counters.snapshot().advertiseCount());
    }

    @Test
    void aRelayIsAnsweredAtTheAddressAndPortItSentFrom() {
        InetSocketAddress relay = new InetSocketAddress(ip("2001:db8:2::1"), 40547);
        RelayMessage6 forward = V6Exchanges.relayed(client.message(MessageType6.SOLICIT, iaNa(1)), "2001:db8:1::1",
            "fe80::5", 0);

        channel.writeInbound(datagram(bytes(forward), relay));

        RelayMessage6 reply = assertInstanceOf(RelayMessage6.class, readReply(relay));
        assertEquals(MessageType6.RELAY_REPL, reply.type());
        assertEquals(MessageType6.ADVERTISE, reply.innermostMessage().map(Dhcp6Message::type).orElseThrow());
    }

    @Test
    void malformedDatagramIsCountedByReasonDroppedAndReleasedWithoutClosingTheChannel() {
        channel.writeInbound(datagram(new byte[] {1, 2, 3}, V6Exchanges.CLIENT));
        channel.writeInbound(datagram(new byte[] {12, 0, 0, 0, 0}, V6Exchanges.CLIENT));

        assertNull(channel.readInbound());
        assertNull(channel.readOutbound());
        assertTrue(channel.isOpen());
        assertEquals(2, exchanges.counters.snapshot().dropped(Dhcp6DropReason.MALFORMED));
        assertEquals(2, exchanges.counters.snapshot().discardedMessageCount());
        assertEquals(2L, exchanges.counters.snapshot().malformed().get(
            MalformedDhcp6Exception.Reason.TRUNCATED_HEADER));
    }

    @Test
    void randomBytesNeverReachTheExchangeAndNeverBreakThePipeline() {
        Random random = new Random(6242);
        for (int i = 0; i < 500; i++) {
            byte[] noise = new byte[1 + random.nextInt(300)];
            random.nextBytes(noise);
            channel.writeInbound(datagram(noise, V6Exchanges.CLIENT));
            DatagramPacket out;
            while ((out = channel.readOutbound()) != null) {
                out.release();
            }
        }
        var statistics = exchanges.counters.snapshot();
        assertEquals(0, statistics.dropped(Dhcp6DropReason.INTERNAL_ERROR));
        assertTrue(channel.isOpen());
        channel.writeInbound(datagram(bytes(client.message(MessageType6.SOLICIT, iaNa(1))), V6Exchanges.CLIENT));
        assertEquals(MessageType6.ADVERTISE,
            readReply(new InetSocketAddress(V6Exchanges.CLIENT.getAddress(), CLIENT_PORT)).type());
    }

    @Test
    void fullWorkerQueueIsACountedDrop() {
        channel.finishAndReleaseAll();
        channel = pipeline(task -> {
            throw new RejectedExecutionException("full");
        });

        channel.writeInbound(datagram(bytes(client.message(MessageType6.SOLICIT, iaNa(1))), V6Exchanges.CLIENT));

        assertNull(channel.readOutbound());
        assertEquals(1, exchanges.counters.snapshot().dropped(Dhcp6DropReason.QUEUE_FULL));
    }
}
