package org.takahe.lease.file;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.Inet4Address;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.takahe.lease.Lease4;

class JournalCodecTest {
    private static final Instant T0 = Instant.parse("2025-03-01T10:00:00.123Z");

    private static Lease4 lease(Optional<String> clientId, String subnet, Optional<String> hostname) {
        return new Lease4(Inet4Address.ofLiteral("198.18.0.10"), "52:54:00:00:00:01", clientId, subnet, T0,
                T0.plusSeconds(1), T0.plusSeconds(3600), hostname);
    }

    private static String line(JournalRecord record) {
        String encoded = new String(JournalCodec.encode(record), StandardCharsets.US_ASCII);
        assertTrue(encoded.endsWith("\n"), encoded);
        return encoded.substring(0, encoded.length() - 1);
    }

    @Test
    void putLineIsPlainTextAnOperatorCanRead() {
        JournalRecord record = new JournalRecord.Put(lease(Optional.of("01aabb"), "subnet-1", Optional.empty()));
        assertEquals("v1 put 198.18.0.10 52:54:00:00:00:01 01aabb subnet-1 1740823200123 1740823201123"
                + " 1740826800123 - 43F74CD4", line(record));
    }

    @Test
    void deleteIsItsOwnShortRecord() throws Exception {
        JournalRecord record = new JournalRecord.Remove(Inet4Address.ofLiteral("198.18.0.10"));
        String line = line(record);
        assertTrue(line.startsWith("v1 del 198.18.0.10 "), line);
        assertEquals(record, JournalCodec.decode(line));
    }

    @Test
    void absentEmptyAndDashValuesStayDistinct() throws Exception {
        for (Optional<String> value : List.of(Optional.<String>empty(), Optional.of(""), Optional.of("-"))) {
            JournalRecord record = new JournalRecord.Put(lease(value, "s", value));
            assertEquals(record, JournalCodec.decode(line(record)));
        }
    }

    @Test
    void spacesNewlinesAndNonAsciiTextAreEscapedIntoOneAsciiLine() throws Exception {
        JournalRecord record = new JournalRecord.Put(
                lease(Optional.of("01 02"), "subnet\none", Optional.of("café 100%")));
        String line = line(record);
        assertEquals(11, line.split(" ").length, line);
        assertTrue(line.chars().allMatch(c -> c > ' ' && c < 0x7f || c == ' '), line);
        assertEquals(record, JournalCodec.decode(line));
    }

    @Test
    void flippedCharacterFailsTheChecksum() {
        String line = line(new JournalRecord.Put(lease(Optional.empty(), "subnet-1", Optional.empty())));
        String damaged = line.replace("198.18.0.10", "198.18.0.11");
        MalformedRecordException e = assertThrows(MalformedRecordException.class, () -> JournalCodec.decode(damaged));
        assertEquals("checksum mismatch", e.getMessage());
    }

    @Test
    void truncatedLineIsRejected() {
        String line = line(new JournalRecord.Put(lease(Optional.empty(), "subnet-1", Optional.empty())));
        assertThrows(MalformedRecordException.class, () -> JournalCodec.decode(line.substring(0, 30)));
        assertThrows(MalformedRecordException.class, () -> JournalCodec.decode(""));
    }
}
