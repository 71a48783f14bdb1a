package org.takahe.dhcp.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.takahe.dhcp.testing.TestConfigs.ip;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.takahe.dhcp.alloc.AllocationEngine;
import org.takahe.dhcp.config.DhcpConfig;
import org.takahe.dhcp.config.Subnet4;
import org.takahe.dhcp.stats.Dhcp4Counters;
import org.takahe.dhcp.testing.FakeLeaseStore;
import org.takahe.dhcp.testing.MutableClock;
import org.takahe.dhcp.testing.TestConfigs;
import org.takahe.dhcp.wire.Dhcp4Message;
import org.takahe.dhcp.wire.DropReason;
import org.takahe.dhcp.wire.MessageType;

/** An exchange service over a fake store and a clock the test moves, serving subnets on interface lan0. */
final class ExchangeFixture {
    static final ReceivingInterface LAN_IF = new ReceivingInterface("lan0", List.of(ip("198.18.0.1")));
    static final Duration PROBATION = Duration.ofHours(1);

    final FakeLeaseStore store = new FakeLeaseStore();
    final MutableClock clock = new MutableClock(Instant.parse("2025-01-01T00:00:00Z"));
    final Dhcp4Counters counters = new Dhcp4Counters();
    final ExchangeService service = new ExchangeService(new ChainFactory(
        new AllocationEngine(store, clock, Duration.ofSeconds(30))), counters);

    ExchangeFixture(Subnet4... subnets) {
        service.install(TestConfigs.withSubnetOptions(new DhcpConfig(List.of("lan0"), Optional.empty(),
            List.of(subnets))).withDeclineProbation(PROBATION));
    }

    ExchangeOutcome process(Dhcp4Message message) {
        return process(message, new InetSocketAddress("0.0.0.0", 68));
    }

    ExchangeOutcome process(Dhcp4Message message, InetSocketAddress source) {
        return service.process(new InboundDatagram(message, source, LAN_IF));
    }

    Reply4 reply(Dhcp4Message message) {
        return assertInstanceOf(ExchangeOutcome.Replied.class, process(message)).reply();
    }

    Reply4 reply(Dhcp4Message message, MessageType expected) {
        Reply4 reply = reply(message);
        assertEquals(expected, reply.type(), () -> "reply " + reply.message().options());
        return reply;
    }

    DropReason dropped(Dhcp4Message message) {
        return assertInstanceOf(ExchangeOutcome.Dropped.class, process(message)).reason();
    }
}
