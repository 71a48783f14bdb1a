package org.takahe.dhcp.v6;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class Dhcp6MessagesTest {

    @Test
    void everyIdIsADhcp6Id() {
        Arrays.stream(Dhcp6Messages.values()).forEach(m -> assertTrue(m.name().startsWith("DHCP6_"), m.name()));
    }

    @Test
    void everyDropMessageTakesXidSourceReasonAndDetail() {
        for (Dhcp6DropReason reason : Dhcp6DropReason.values()) {
            Dhcp6Messages message = Dhcp6Messages.forDrop(reason);
            long placeholders = message.template().split("\\{}", -1).length - 1;
            assertTrue(placeholders == 4 || message == Dhcp6Messages.DHCP6_QUEUE_FULL, message + " for " + reason);
        }
    }
}
