package org.takahe.dhcp.io;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.takahe.dhcp.testing.TestConfigs.ip;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.takahe.dhcp.wire.Octets;

class ArpIoctlTest {
    private final NeighbourTable table = ArpIoctl.forThisPlatform();

    @Test
    void entryOnAMissingInterfaceFailsWithTheReasonInsteadOfSomethingObscure() {
        IOException e = assertThrows(IOException.class,
            () -> table.add("tk-no-such0", ip("198.18.0.50"), Octets.fromHex("02:00:00:00:00:01")));
        assertTrue(e.getMessage().contains("tk-no-such0"), e.getMessage());
    }

    @Test
    void onlyEthernetAddressesAreWritten() {
        IOException e = assertThrows(IOException.class,
            () -> table.add("lo", ip("198.18.0.50"), Octets.fromHex("02:00:00:00:00:01:02:03")));
        assertTrue(e.getMessage().contains("Ethernet"), e.getMessage());
    }
}
