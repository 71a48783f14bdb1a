package org.takahe.dhcp.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.takahe.dhcp.testing.TestConfigs.ip;

import org.junit.jupiter.api.Test;
import org.takahe.dhcp.stats.Dhcp4Statistics;
import org.takahe.dhcp.testing.TestConfigs;
import org.takahe.dhcp.testing.TestPackets;
import org.takahe.dhcp.wire.Dhcp4Message;
import org.takahe.dhcp.wire.Dhcp4Options;
import org.takahe.dhcp.wire.DropReason;
import org.takahe.dhcp.wire.Ipv4Bytes;
import org.takahe.dhcp.wire.MessageType;

/** Received, dropped (by reason and by message type) as the exchange service counts them. */
class MessageCountersTest {
    private final ExchangeFixture fixture = new ExchangeFixture(
        TestConfigs.subnet("lan", "198.18.0.0/24", "198.18.0.10", "198.18.0.20"));

    @Test
    void aDroppedRequestCountsAsReceivedAndAsADroppedRequestUnderItsReason() {
        Reply4 offer = fixture.reply(TestPackets.discover(TestPackets.MAC_A, 1), MessageType.OFFER);
        fixture.dropped(TestPackets.select(TestPackets.MAC_A, 2, offer.message().yiaddr(), ip("198.18.0.2")));

        Dhcp4Statistics stats = fixture.counters.snapshot();
        assertEquals(1, stats.received(MessageType.DISCOVER));
        assertEquals(1, stats.received(MessageType.REQUEST));
        assertEquals(1, stats.dropped(MessageType.REQUEST));
        assertEquals(0, stats.dropped(MessageType.DISCOVER));
        assertEquals(1, stats.dropped(DropReason.NOT_FOR_THIS_SERVER));
    }

    @Test
    void aPacketWithoutMessageTypeCountsByReasonOnly() {
        Dhcp4Message untyped = TestPackets.request(TestPackets.MAC_A, 3, Ipv4Bytes.ANY, Ipv4Bytes.ANY,
            Dhcp4Options.builder().build());
        DropReason reason = fixture.dropped(untyped);

        Dhcp4Statistics stats = fixture.counters.snapshot();
        assertEquals(1, stats.dropped(reason));
        assertEquals(0, stats.droppedByType().values().stream().mapToLong(Long::longValue).sum());
    }
}
