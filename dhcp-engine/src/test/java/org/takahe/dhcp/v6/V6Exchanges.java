package org.takahe.dhcp.v6;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.net.Inet6Address;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.takahe.dhcp.alloc.AllocationEngine;
import org.takahe.dhcp.config.v6.Dhcp6Config;
import org.takahe.dhcp.testing.FakeLeaseStore;
import org.takahe.dhcp.testing.MutableClock;
import org.takahe.dhcp.v6.exchange.Arrival;
import org.takahe.dhcp.v6.exchange.ChainFactory6;
import org.takahe.dhcp.v6.exchange.ExchangeOutcome6;
import org.takahe.dhcp.v6.exchange.ExchangeService6;
import org.takahe.dhcp.v6.exchange.Inbound6;
import org.takahe.dhcp.v6.exchange.Reply6;
import org.takahe.dhcp.wire.v6.Dhcp6Codec;
import org.takahe.dhcp.wire.v6.Dhcp6Message;
import org.takahe.dhcp.wire.v6.Dhcp6Packet;
import org.takahe.dhcp.wire.v6.Duid;
import org.takahe.dhcp.wire.v6.MalformedDhcp6Exception;
import org.takahe.dhcp.wire.v6.MessageType6;
import org.takahe.dhcp.wire.v6.Options6;
import org.takahe.dhcp.wire.v6.RelayMessage6;

/**
 * The DHCPv6 exchange service over a real allocator and an in-memory store, without sockets: every message is
 * encoded and decoded again on its way in, as it would be off the wire.
 */
public final class V6Exchanges {
    public static final Duid SERVER = Duid.fromHex("00010001" + "2a2b2c2d" + "020000000001");
    /** A client on the served link lan0 (addresses 2001:db8:1::1 and fe80::1), sending to ff02::1:2. */
    public static final Arrival LAN = new Arrival(Optional.of("lan0"),
        List.of(V6Configs.ip("fe80::1"), V6Configs.ip("2001:db8:1::1")), Arrival.Delivery.MULTICAST);
    public static final InetSocketAddress CLIENT = new InetSocketAddress(V6Configs.ip("fe80::2:1"), 546);

    public final FakeLeaseStore store = new FakeLeaseStore();
    public final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T10:00:00Z"));
    public final Dhcp6Counters counters = new Dhcp6Counters();
    public final Recorder events = new Recorder();
    public final AllocationEngine allocation = new AllocationEngine(store, clock, Duration.ofSeconds(30));
    public final ExchangeService6 service;

    public V6Exchanges(Dhcp6Config config) {
        service = new ExchangeService6(new ChainFactory6(allocation), counters, events, SERVER);
        service.install(config, SERVER);
    }

    /** What the listener heard, in order. */
    public static final class Recorder implements Dhcp6EventListener {
        public final List<Object> heard = Collections.synchronizedList(new ArrayList<>());

        @Override
        public void declineReceived(DeclineReceived event) {
            heard.add(event);
        }

        @Override
        public void nonSuccessCodeSent(NonSuccessCodeSent event) {
            heard.add(event);
        }

        @Override
        public void invalidClientDetected(InvalidClientDetected event) {
            heard.add(event);
        }
    }

    public ExchangeOutcome6 process(Dhcp6Packet packet, Arrival arrival, InetSocketAddress source) {
        try {
            return service.process(new Inbound6(Dhcp6Codec.decode(Dhcp6Codec.encode(packet)), source, arrival));
        } catch (MalformedDhcp6Exception e) {
            throw new AssertionError("the test built a malformed message", e);
        }
    }

    public ExchangeOutcome6 process(Dhcp6Packet packet) {
        return process(packet, LAN, CLIENT);
    }

    /** The reply (unwrapped) to a message from a client on lan0. */
    public Dhcp6Message reply(Dhcp6Packet packet) {
        return replied(process(packet)).message();
    }

    /** The packet as it goes on the wire, decoded again. */
    public static Dhcp6Packet onWire(ExchangeOutcome6.Replied replied) {
        try {
            return Dhcp6Codec.decode(Dhcp6Codec.encode(replied.reply().packet()));
        } catch (MalformedDhcp6Exception e) {
            throw new AssertionError("the engine encoded a malformed reply", e);
        }
    }

    public static Reply6 replied(ExchangeOutcome6 outcome) {
        if (outcome instanceof ExchangeOutcome6.Replied replied) {
            return replied.reply();
        }
        return fail("expected a reply, got " + outcome);
    }

    public void assertDropped(Dhcp6Packet packet, Dhcp6DropReason reason) {
        ExchangeOutcome6 outcome = process(packet);
        if (!(outcome instanceof ExchangeOutcome6.Dropped dropped)) {
            fail("expected a drop for " + reason + ", got " + outcome);
            return;
        }
        assertEquals(reason, dropped.reason(), dropped.detail());
    }

    /** A RELAY-FORW from a relay whose link is {@code linkAddress}, carrying {@code inner}. */
    public static RelayMessage6 relayed(Dhcp6Packet inner, String linkAddress, String peer, int hopCount) {
        return new RelayMessage6(MessageType6.RELAY_FORW, hopCount,
            V6Configs.ip(linkAddress), V6Configs.ip(peer),
            Options6.builder().relayMessage(inner).build());
    }

    public static Inet6Address ip(String text) {
        return V6Configs.ip(text);
    }
}
