package org.takahe.dhcp.v6;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.takahe.dhcp.wire.v6.Duid;

class ServerDuidTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-01T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    @Test
    void theDuidGeneratedAtTheFirstStartIsKeptAndReadBackAtTheNext() throws IOException {
        Path file = dir.resolve("data/dhcp6-server-duid");

        Duid first = ServerDuid.loadOrCreate(file, CLOCK);
        Duid again = ServerDuid.loadOrCreate(file, Clock.offset(CLOCK, java.time.Duration.ofDays(3)));

        assertEquals(first, again);
        assertEquals(first.toHex() + "\n", Files.readString(file));
    }

    @Test
    void aDuidLltCountsSecondsFrom2000AndCarriesTheEthernetAddress() {
        Duid duid = ServerDuid.generate(CLOCK, Optional.of(new byte[] {2, 0, 0, 0, 0, 1}));

        long seconds = Instant.parse("2026-03-01T10:00:00Z").getEpochSecond()
            - Instant.parse("2000-01-01T00:00:00Z").getEpochSecond();
        assertEquals("00010001" + String.format("%08x", seconds) + "020000000001", duid.toHex());
        assertEquals(Optional.of("02:00:00:00:00:01"), duid.hardwareAddress());
    }

    @Test
    void withoutAnEthernetInterfaceTheDuidIsAUuid() {
        Duid duid = ServerDuid.generate(CLOCK, Optional.empty());

        assertEquals(Duid.UUID, duid.type());
        assertEquals(18, duid.bytes().length());
    }

    @Test
    void aFileWithoutAValidDuidIsReplacedByANewOne() throws IOException {
        Path file = dir.resolve("dhcp6-server-duid");
        Files.writeString(file, "not hex\n");

        Duid created = ServerDuid.loadOrCreate(file, CLOCK);

        assertNotEquals("not hex\n", Files.readString(file));
        assertEquals(created, ServerDuid.parse(Files.readString(file)).orElseThrow());
    }

    @Test
    void configuredDuidsParseWithOrWithoutColons() {
        assertEquals(ServerDuid.parse("00:03:00:01:02:00:00:00:00:01"), ServerDuid.parse("000300010200000000 01"
            .replace(" ", "")));
        assertTrue(ServerDuid.parse("0001").isEmpty(), "too short to be a DUID");
        assertTrue(ServerDuid.parse("zz").isEmpty());
    }
}
