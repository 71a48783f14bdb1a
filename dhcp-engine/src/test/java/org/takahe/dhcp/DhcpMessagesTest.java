package org.takahe.dhcp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.takahe.dhcp.wire.DropReason;

class DhcpMessagesTest {

    @Test
    void everyIdIsADhcp4Id() {
        Arrays.stream(DhcpMessages.values()).forEach(m -> assertTrue(m.name().startsWith("DHCP4_"), m.name()));
    }

    @Test
    void everyPacketDropMessageTakesXidSourceReasonAndDetail() {
        for (DropReason reason : DropReason.values()) {
            DhcpMessages message = DhcpMessages.forDrop(reason);
            long placeholders = message.template().split("\\{}", -1).length - 1;
            assertTrue(placeholders == 4 || message == DhcpMessages.DHCP4_QUEUE_FULL, message + " for " + reason);
        }
    }

    @Test
    void parseFailuresShareTheParseDropMessage() {
        assertEquals(DhcpMessages.DHCP4_PACKET_DROP_PARSE, DhcpMessages.forDrop(DropReason.BAD_MAGIC_COOKIE));
    }
}
