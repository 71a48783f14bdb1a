package org.takahe.dhcp.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.takahe.dhcp.testing.TestConfigs.ip;
import static org.takahe.dhcp.testing.TestPackets.MAC_A;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.takahe.dhcp.exchange.Reply4;
import org.takahe.dhcp.testing.TestPackets;
import org.takahe.dhcp.wire.Dhcp4Message;
import org.takahe.dhcp.wire.Dhcp4Options;
import org.takahe.dhcp.wire.Ipv4Bytes;
import org.takahe.dhcp.wire.MessageType;
import org.takahe.dhcp.wire.Octets;

class ReplyDeliveryTest {
    private static final InetSocketAddress NEW_ADDRESS = new InetSocketAddress(ip("198.18.0.50"), 68);
    private static final InetSocketAddress BROADCAST = new InetSocketAddress(ip("255.255.255.255"), 68);

    private final List<String> written = new ArrayList<>();

    private static Dhcp4Message discover(int htype) {
        Dhcp4Message d = TestPackets.discover(MAC_A, 1);
        return new Dhcp4Message(d.op(), htype, d.hlen(), 0, d.xid(), 0, 0, d.ciaddr(), d.yiaddr(), d.siaddr(),
            d.giaddr(), d.chaddr(), d.sname(), d.file(), d.options());
    }

    private static Reply4 offer() {
        return new Reply4(new Dhcp4Message(Dhcp4Message.BOOTREPLY, 1, 6, 0, 1, 0, 0, Ipv4Bytes.ANY, ip("198.18.0.50"),
            Ipv4Bytes.ANY, Ipv4Bytes.ANY, Octets.fromHex(MAC_A), Octets.empty(), Octets.empty(), Dhcp4Options.none()),
            MessageType.OFFER);
    }

    private ReplyDelivery delivery(boolean tableWorks) {
        return new ReplyDelivery(new ReplyAddressing(67, 68), (name, address, hardware) -> {
            if (!tableWorks) {
                throw new IOException("EPERM");
            }
            written.add(name + " " + address.getHostAddress() + " " + hardware);
        });
    }

    @Test
    void newAddressIsWrittenToTheNeighbourTableOfTheReceivingInterfaceBeforeTheUnicast() {
        ReplyDelivery delivery = delivery(true);

        assertEquals(NEW_ADDRESS, delivery.recipient(discover(1), offer(), "cli0"));
        assertEquals(List.of("cli0 198.18.0.50 " + MAC_A), written);
        assertEquals(0, delivery.fallbacks());
    }

    @Test
    void whenTheNeighbourTableRefusesTheReplyIsBroadcastAndCounted() {
        ReplyDelivery delivery = delivery(false);

        assertEquals(BROADCAST, delivery.recipient(discover(1), offer(), "cli0"));
        assertEquals(BROADCAST, delivery.recipient(discover(1), offer(), "cli0"));
        assertEquals(2, delivery.fallbacks());
    }

    @Test
    void nonEthernetHardwareIsBroadcastWithoutTouchingTheTable() {
        ReplyDelivery delivery = delivery(true);

        assertEquals(BROADCAST, delivery.recipient(discover(32), offer(), "ib0"));
        assertEquals(List.of(), written);
        assertEquals(1, delivery.fallbacks());
    }

    @Test
    void otherDestinationsNeedNoNeighbourEntry() {
        ReplyDelivery delivery = delivery(true);
        Dhcp4Message renewing = TestPackets.renew(MAC_A, 2, ip("198.18.0.50"));

        assertEquals(NEW_ADDRESS, delivery.recipient(renewing, offer(), "cli0"));
        assertEquals(List.of(), written);
    }
}
