package org.takahe.dhcp.v6;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.takahe.dhcp.v6.TestClient6.iaNa;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.Inet6Address;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.takahe.dhcp.config.ExpiredLeasesProcessing;
import org.takahe.dhcp.config.v6.Dhcp6Config;
import org.takahe.dhcp.config.v6.Range6;
import org.takahe.dhcp.testing.FakeLeaseStore;
import org.takahe.dhcp.wire.v6.Dhcp6Codec;
import org.takahe.dhcp.wire.v6.Dhcp6Message;
import org.takahe.dhcp.wire.v6.Dhcp6Packet;
import org.takahe.dhcp.wire.v6.MalformedDhcp6Exception;
import org.takahe.dhcp.wire.v6.MessageType6;
import org.takahe.dhcp.wire.v6.RelayMessage6;
import org.takahe.dhcp.wire.v6.StatusCode;
import org.takahe.lease.Lease6;

/**
 * The whole DHCPv6 engine on real sockets: "lo" ([::1]) with SO_BINDTODEVICE (needs root), high ports. Loopback
 * carries no multicast, so what a client must multicast (SOLICIT) goes through a relay agent, played by the test.
 */
class Dhcp6EngineLoopbackTest {
    private static final Inet6Address LOOPBACK = V6Configs.ip("::1");

    private final FakeLeaseStore store = new FakeLeaseStore();
    private final TestClient6 client = TestClient6.number(0x42);
    private final DatagramSocket socket;
    private final int serverPort;
    private final Dhcp6Engine engine;

    Dhcp6EngineLoopbackTest(@TempDir Path dataDir) throws IOException {
        socket = new DatagramSocket(new InetSocketAddress(LOOPBACK, 0));
        socket.setSoTimeout(3000);
        serverPort = freePort();
        engine = new Dhcp6Engine(Dhcp6EngineSettings.defaults().withPorts(serverPort, socket.getLocalPort()), store,
            Clock.systemUTC(), dataDir.resolve("dhcp6-server-duid"), Dhcp6EventListener.NONE);
    }

    private static int freePort() throws IOException {
        try (DatagramSocket probe = new DatagramSocket(new InetSocketAddress(LOOPBACK, 0))) {
            return probe.getLocalPort();
        }
    }

    @AfterEach
    void close() {
        engine.close();
        socket.close();
    }

    /** The range of "lo", with the test link's pools, and [::1] as a unicast address when asked. */
    private static Dhcp6Config loopback(boolean unicast) {
        Range6 lan = V6Configs.lan();
        Range6 onLo = new Range6(lan.id(), lan.prefix(), Optional.of("lo"), lan.addressPools(), lan.prefixPools(),
            lan.optionSetIds(), lan.timers(), lan.rapidCommit());
        return new Dhcp6Config(true, List.of("lo"), Optional.empty(), unicast ? List.of(LOOPBACK) : List.of(),
            List.of(onLo), V6Configs.sets(V6Configs.lanOptions()), List.of(), ExpiredLeasesProcessing.DEFAULTS,
            Duration.ofHours(1));
    }

    private void send(byte[] datagram) throws IOException {
        socket.send(new DatagramPacket(datagram, datagram.length, new InetSocketAddress(LOOPBACK, serverPort)));
    }

    private void send(Dhcp6Packet packet) throws IOException {
        ByteBuffer encoded = Dhcp6Codec.encode(packet);
        byte[] out = new byte[encoded.remaining()];
        encoded.get(out);
        send(out);
    }

    private Dhcp6Packet receive() throws IOException {
        byte[] in = new byte[1500];
        DatagramPacket reply = new DatagramPacket(in, in.length);
        socket.receive(reply);
        try {
            return Dhcp6Codec.decode(ByteBuffer.wrap(in, 0, reply.getLength()));
        } catch (MalformedDhcp6Exception e) {
            throw new AssertionError(e);
        }
    }

    /** A client's message sent straight to [::1], by unicast. */
    private Dhcp6Message exchange(Dhcp6Message request) throws IOException {
        send(request);
        return assertInstanceOf(Dhcp6Message.class, receive());
    }

    /** A client's message relayed from the range's link (2001:db8:1::/64) to [::1]; the reply unwrapped. */
    private Dhcp6Message relayed(Dhcp6Message request) throws IOException {
        send(V6Exchanges.relayed(request, "2001:db8:1::1", "fe80::42", 0));
        return assertInstanceOf(RelayMessage6.class, receive()).innermostMessage().orElseThrow();
    }

    @Test
    void solicitAndRequestOverLoopbackBindAnAddress() throws IOException {
        engine.apply(loopback(true));
        assertEquals(List.of("lo"), engine.servedInterfaces());

        Dhcp6Message advertise = relayed(client.message(MessageType6.SOLICIT, iaNa(7)));
        assertEquals(MessageType6.ADVERTISE, advertise.type());
        assertEquals(Optional.of(engine.serverDuid()), advertise.options().serverId());
        Dhcp6Message reply = exchange(client.to(engine.serverDuid(), MessageType6.REQUEST,
            advertise.options().iaNa().getFirst()));

        assertEquals(MessageType6.REPLY, reply.type());
        Inet6Address address = TestClient6.address(reply.options().iaNa().getFirst());
        assertEquals(List.of(address), engine.leases().stream().map(Lease6::address).toList());
        // A reply is counted once its write completes, which may be just after the client has it.
        assertEquals(List.of(1L, 1L, 1L, 1L), eventually(() -> {
            Dhcp6Statistics statistics = engine.statistics();
            return List.of(statistics.solicitCount(), statistics.advertiseCount(), statistics.requestCount(),
                statistics.replyCount());
        }, List.of(1L, 1L, 1L, 1L)));
    }

    private static <T> T eventually(Supplier<T> value, T expected) {
        long deadline = System.nanoTime() + Duration.ofSeconds(2).toNanos();
        T now = value.get();
        while (!now.equals(expected) && System.nanoTime() < deadline) {
            Thread.onSpinWait();
            now = value.get();
        }
        return now;
    }

    @Test
    void requestUnicastToAnAddressNotConfiguredIsAnsweredUseMulticast() throws IOException {
        engine.apply(loopback(false));

        Dhcp6Message reply = exchange(client.to(engine.serverDuid(), MessageType6.REQUEST, iaNa(7)));

        assertEquals(StatusCode.USE_MULTICAST, reply.options().statusCode().orElseThrow().code());
        assertEquals(1, engine.statistics().discardedMessageCount());
    }

    @Test
    void aSolicitUnicastToTheServerIsDiscardedWhileTheSameRelayedIsAnswered() throws IOException {
        engine.apply(loopback(true));

        send(client.message(MessageType6.SOLICIT, iaNa(7)));
        Dhcp6Message advertise = relayed(client.message(MessageType6.SOLICIT, iaNa(7)));

        assertEquals(MessageType6.ADVERTISE, advertise.type(), "the only answer is the relayed one's");
        assertEquals(1L, eventually(() -> engine.statistics().dropped(Dhcp6DropReason.UNICAST_FORBIDDEN), 1L));
    }

    @Test
    void anInterfacesUnicastSocketThatCouldNotBeBoundIsBoundByTheNextApply() throws IOException {
        // A socket on [::1] of the server port without SO_REUSEADDR: lo's ff02::1:2 socket binds, its [::] one not.
        DatagramSocket blocker = new DatagramSocket(new InetSocketAddress(LOOPBACK, serverPort));
        try (blocker) {
            engine.apply(loopback(false));
            assertEquals(List.of(), engine.servedInterfaces(), "lo is served only once both its sockets are bound");
        }

        engine.apply(loopback(false));

        assertEquals(List.of("lo"), engine.servedInterfaces());
        Dhcp6Message reply = exchange(client.to(engine.serverDuid(), MessageType6.REQUEST, iaNa(7)));
        assertEquals(StatusCode.USE_MULTICAST, reply.options().statusCode().orElseThrow().code());
    }

    @Test
    void malformedDatagramsAreCountedAndServiceGoesOnThroughAReconfiguration() throws IOException {
        engine.apply(loopback(true));
        send(new byte[] {1, 2});
        send(new byte[] {(byte) 0xff, 0, 0, 0});

        engine.apply(loopback(true));
        Dhcp6Message advertise = relayed(client.message(MessageType6.SOLICIT, iaNa(7)));

        assertEquals(MessageType6.ADVERTISE, advertise.type());
        assertEquals(2, engine.statistics().dropped(Dhcp6DropReason.MALFORMED));
        assertEquals(1L, engine.statistics().malformed().get(MalformedDhcp6Exception.Reason.TRUNCATED_HEADER));
        assertTrue(store.events().stream().noneMatch(e -> e.contains("commit")), "an ADVERTISE commits nothing");
    }
}
