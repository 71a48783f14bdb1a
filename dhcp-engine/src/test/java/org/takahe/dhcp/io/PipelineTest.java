package org.takahe.dhcp.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.takahe.dhcp.testing.TestConfigs.ip;
import static org.takahe.dhcp.testing.TestPackets.MAC_A;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.PooledByteBufAllocator;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelOutboundHandlerAdapter;
import io.netty.channel.ChannelPromise;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.channel.socket.DatagramPacket;
import io.netty.util.ResourceLeakDetector;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.takahe.dhcp.alloc.AllocationEngine;
import org.takahe.dhcp.exchange.ChainFactory;
import org.takahe.dhcp.exchange.ExchangeService;
import org.takahe.dhcp.exchange.InboundDatagram;
import org.takahe.dhcp.exchange.ReceivingInterface;
import org.takahe.dhcp.stats.Dhcp4Counters;
import org.takahe.dhcp.testing.FakeLeaseStore;
import org.takahe.dhcp.testing.MutableClock;
import org.takahe.dhcp.testing.TestConfigs;
import org.takahe.dhcp.testing.TestPackets;
import org.takahe.dhcp.wire.Decoded;
import org.takahe.dhcp.wire.Dhcp4Codec;
import org.takahe.dhcp.wire.Dhcp4Message;
import org.takahe.dhcp.wire.DropReason;
import org.takahe.dhcp.wire.MessageType;

/** The io pipeline (decoder → dispatcher → encoder) on an EmbeddedChannel, with leak detection at PARANOID. */
class PipelineTest {
    private static final ReceivingInterface LAN_IF = new ReceivingInterface("lan0", List.of(ip("198.18.0.1")));
    private static final InetSocketAddress CLIENT = new InetSocketAddress(ip("198.18.0.99"), 68);
    private static final InetSocketAddress SERVER = new InetSocketAddress(ip("198.18.0.1"), 67);

    private final List<String> events = new ArrayList<>();
    private final FakeLeaseStore store = new FakeLeaseStore(events);
    private final Dhcp4Counters counters = new Dhcp4Counters();
    private final ExchangeService service = new ExchangeService(new ChainFactory(
        new AllocationEngine(store, new MutableClock(Instant.parse("2025-01-01T00:00:00Z")), Duration.ofSeconds(30))), counters);
    private final List<ByteBuf> inputs = new ArrayList<>();
    private EmbeddedChannel channel = pipeline(Runnable::run);

    @BeforeAll
    static void paranoidLeakDetection() {
        ResourceLeakDetector.setLevel(ResourceLeakDetector.Level.PARANOID);
    }

    PipelineTest() {
        service.install(TestConfigs.twoSubnets("lan0"));
    }

    private EmbeddedChannel pipeline(Executor workers) {
        ChannelOutboundHandlerAdapter sendRecorder = new ChannelOutboundHandlerAdapter() {
            @Override
            public void write(ChannelHandlerContext ctx, Object msg, ChannelPromise promise) {
                store.record("sent");
                ctx.write(msg, promise);
            }
        };
        return new EmbeddedChannel(sendRecorder, new Dhcp4DatagramDecoder(() -> LAN_IF, counters),
            ReplyEncoder.dhcp4(),
            new ExchangeDispatcher(service, workers, new ReplyDelivery(new ReplyAddressing(67, 68),
                (name, address, hardware) -> {
                    // No neighbour table here, so replies to clients without an address are broadcast.
                    throw new java.io.IOException("no neighbour table in this test");
                }), counters));
    }

    @AfterEach
    void nothingLeftBehind() {
        assertFalse(channel.finishAndReleaseAll(), "unread messages left in the channel");
        for (ByteBuf input : inputs) {
            assertEquals(0, input.refCnt(), "an inbound datagram was not released");
        }
    }

    private DatagramPacket datagram(byte[] bytes) {
        ByteBuf buffer = PooledByteBufAllocator.DEFAULT.directBuffer(bytes.length).writeBytes(bytes);
        inputs.add(buffer);
        return new DatagramPacket(buffer, SERVER, CLIENT);
    }

    private static byte[] bytes(Dhcp4Message message) {
        ByteBuffer encoded = Dhcp4Codec.encode(message);
        byte[] bytes = new byte[encoded.remaining()];
        encoded.get(bytes);
        return bytes;
    }

    private Dhcp4Message readReply(InetSocketAddress expectedRecipient) {
        DatagramPacket out = channel.readOutbound();
        try {
            assertEquals(expectedRecipient, out.recipient());
            assertTrue(out.content().readableBytes() >= Dhcp4Codec.MINIMUM_LENGTH);
            return assertInstanceOf(Decoded.Ok.class, Dhcp4Codec.decode(out.content().nioBuffer())).message();
        } finally {
            out.release();
        }
    }

    @Test
    void decoderTurnsADatagramIntoARecordAndReleasesIt() {
        EmbeddedChannel decoderOnly = new EmbeddedChannel(new Dhcp4DatagramDecoder(() -> LAN_IF, counters));
        decoderOnly.writeInbound(datagram(bytes(TestPackets.discover(MAC_A, 1))));

        InboundDatagram inbound = decoderOnly.readInbound();
        assertEquals(CLIENT, inbound.source());
        assertEquals(LAN_IF, inbound.receivedOn());
        assertEquals(1, inbound.message().xid());
        assertFalse(decoderOnly.finish());
    }

    @Test
    void malformedDatagramIsCountedDroppedAndReleasedWithoutClosingTheChannel() {
        channel.writeInbound(datagram(new byte[] {1, 2, 3}));

        assertNull(channel.readInbound());
        assertNull(channel.readOutbound());
        assertTrue(channel.isOpen());
        assertEquals(1, counters.snapshot().dropped(DropReason.TRUNCATED_HEADER));
    }

    @Test
    void encoderWritesAPaddedDatagramToTheRecipient() {
        EmbeddedChannel encoderOnly = new EmbeddedChannel(ReplyEncoder.dhcp4());
        Dhcp4Message message = TestPackets.discover(MAC_A, 9);
        encoderOnly.writeOutbound(new OutboundDatagram(message, CLIENT));

        channel = encoderOnly;
        assertEquals(message, readReply(CLIENT));
    }

    @Test
    void discoverIsAnsweredByABroadcastOffer() {
        channel.writeInbound(datagram(bytes(TestPackets.discover(MAC_A, 1))));

        Dhcp4Message offer = readReply(new InetSocketAddress(ip("255.255.255.255"), 68));
        assertEquals(Optional.of(MessageType.OFFER), offer.messageType());
        assertEquals(1, counters.snapshot().sent(MessageType.OFFER));
    }

    @Test
    void ackIsSentOnlyAfterTheLeaseIsDurable() {
        channel.writeInbound(datagram(bytes(TestPackets.discover(MAC_A, 1))));
        Dhcp4Message offer = readReply(new InetSocketAddress(ip("255.255.255.255"), 68));
        events.clear();

        channel.writeInbound(datagram(bytes(TestPackets.select(MAC_A, 2, offer.yiaddr(), ip("198.18.0.1")))));

        readReply(new InetSocketAddress(ip("255.255.255.255"), 68));
        assertEquals(List.of("commit " + offer.yiaddr().getHostAddress(), "sent"), events);
    }

    @Test
    void noAckIsSentWhenTheStoreFails() {
        store.failWrites();
        // SELECTING: a client the server has no record of is answered only when it takes our offer.
        channel.writeInbound(datagram(bytes(TestPackets.select(MAC_A, 2, ip("198.18.0.15"), ip("198.18.0.1")))));

        assertNull(channel.readOutbound());
        assertEquals(1, counters.snapshot().dropped(DropReason.LEASE_STORE_FAILURE));
    }

    @Test
    void fullWorkerQueueIsACountedDrop() {
        channel.finishAndReleaseAll();
        channel = pipeline(task -> {
            throw new RejectedExecutionException("full");
        });

        channel.writeInbound(datagram(bytes(TestPackets.discover(MAC_A, 1))));

        assertNull(channel.readOutbound());
        assertTrue(channel.isOpen());
        assertEquals(1, counters.snapshot().dropped(DropReason.QUEUE_FULL));
    }
}
