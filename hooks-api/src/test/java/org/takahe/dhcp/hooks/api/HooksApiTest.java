package org.takahe.dhcp.hooks.api;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class HooksApiTest {

    @Test
    void strongestVerdictWinsDropOverSkipOverContinue() {
        assertEquals(NextStep.SKIP, NextStep.CONTINUE.strongest(NextStep.SKIP));
        assertEquals(NextStep.DROP, NextStep.SKIP.strongest(NextStep.DROP));
        assertEquals(NextStep.DROP, NextStep.DROP.strongest(NextStep.CONTINUE));
        assertEquals(NextStep.SKIP, NextStep.SKIP.strongest(NextStep.CONTINUE));
    }

    @Test
    void packetOptionsAreImmutableCopiesInMessageOrder() {
        Map<Integer, byte[]> source = new LinkedHashMap<>();
        byte[] router = {(byte) 198, 18, 0, 1};
        source.put(53, new byte[] {2});
        source.put(3, router);
        PacketOptions options = PacketOptions.of(source);
        router[0] = 0;
        options.get(3).orElseThrow()[1] = 0;

        assertArrayEquals(new byte[] {(byte) 198, 18, 0, 1}, options.get(3).orElseThrow());
        assertEquals(List.of(53, 3), options.codes());
        assertEquals(List.of(53, 3, 6), options.with(6, new byte[4]).codes(), "a new option goes last");
        assertEquals(List.of(53, 3), options.with(3, new byte[4]).codes(), "a replaced one keeps its place");
        assertEquals(List.of(3), options.without(53).codes());
        assertEquals(Optional.empty(), options.get(6));
        assertEquals(options, PacketOptions.of(Map.of(53, new byte[] {2}, 3, new byte[] {(byte) 198, 18, 0, 1})));
        assertNotEquals(options, options.with(3, new byte[4]));
        assertThrows(IllegalArgumentException.class, () -> options.with(255, new byte[0]));
    }

    @Test
    void packetDerivesTypeFlagsAndRelayFromFields() throws Exception {
        Inet4Address any = (Inet4Address) InetAddress.getByAddress(new byte[4]);
        Inet4Address relay = (Inet4Address) InetAddress.getByAddress(new byte[] {(byte) 198, 18, 1, 2});
        Packet4 discover = new Packet4(1, 1, 1, 7, 0, 0x8000, any, any, any, relay, "02:00:00:00:00:01", "", "",
            PacketOptions.of(Map.of(53, new byte[] {1})));

        assertEquals(1, discover.messageType());
        assertTrue(discover.broadcast());
        assertTrue(discover.relayed());
        assertEquals(0, new Packet4(1, 1, 0, 7, 0, 0, any, any, any, any, "", "", "", PacketOptions.none())
            .messageType());
    }

    @Test
    void subnetInfoKnowsItsAddresses() throws Exception {
        SubnetInfo lan = new SubnetInfo("lan", (Inet4Address) InetAddress.getByName("198.18.0.0"), 24);

        assertEquals("198.18.0.0/24", lan.prefix());
        assertTrue(lan.contains((Inet4Address) InetAddress.getByName("198.18.0.200")));
        assertTrue(!lan.contains((Inet4Address) InetAddress.getByName("198.18.1.1")));
    }

    @Test
    void calloutsAreFiledByPointAndTypeCheckedOnTheWayOut() throws Exception {
        AtomicInteger closed = new AtomicInteger();
        Callouts callouts = Callouts.builder()
            .pkt4Receive(context -> NextStep.DROP)
            .lease4Expire(context -> NextStep.SKIP)
            .onClose(closed::incrementAndGet)
            .build();

        assertEquals(Set.of(HookPoint.PKT4_RECEIVE, HookPoint.LEASE4_EXPIRE), callouts.points());
        assertEquals(NextStep.DROP, callouts.at(HookPoint.PKT4_RECEIVE, Pkt4ReceiveContext.class).orElseThrow()
            .call(null));
        assertEquals(Optional.empty(), callouts.at(HookPoint.PKT4_SEND, Pkt4SendContext.class));
        assertThrows(IllegalArgumentException.class, () -> callouts.at(HookPoint.PKT4_SEND,
            Pkt4ReceiveContext.class));
        callouts.close();
        assertEquals(1, closed.get());
    }

    @Test
    void hookPointsCarryKeaStyleNames() {
        assertEquals(List.of("pkt4-receive", "subnet4-select", "lease4-select", "lease4-renew", "lease4-release",
            "lease4-expire", "pkt4-send"), java.util.Arrays.stream(HookPoint.values()).map(HookPoint::hookName)
            .toList());
    }
}
