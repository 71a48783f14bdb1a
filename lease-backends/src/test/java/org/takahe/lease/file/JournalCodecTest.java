package org.takahe.lease.file;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.zip.CRC32;
import org.junit.jupiter.api.Test;
import org.takahe.lease.Lease4;
import org.takahe.lease.Lease6;
import org.takahe.lease.LeaseKey;
import org.takahe.lease.LeaseType;

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
        JournalRecord record = new JournalRecord.Remove(LeaseKey.v4(Inet4Address.ofLiteral("198.18.0.10")));
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

    private static Lease6 lease6(LeaseType type, String address, int length) {
        return new Lease6((Inet6Address) InetAddress.ofLiteral(address), length, type, "000100011a2b3c4d",
                4_000_000_000L, Optional.of("52:54:00:00:00:01"), "range-1", T0, T0.plusSeconds(1),
                T0.plusSeconds(1800), T0.plusSeconds(3600), Duration.ofSeconds(900), Duration.ofMillis(1_440_500),
                Optional.empty());
    }

    @Test
    void dhcpv6PutLineNamesTypeAddressAndLengthReadably() throws Exception {
        JournalRecord record = new JournalRecord.Put(lease6(LeaseType.PD, "2001:db8:1:100::", 56));
        String line = line(record);
        assertEquals("v1 put6 pd 2001:db8:1:100:: 56 000100011a2b3c4d 4000000000 52:54:00:00:00:01 range-1"
                + " 1740823200123 1740823201123 1740825000123 1740826800123 900000 1440500 -", line.substring(0,
                line.lastIndexOf(' ')));
        assertEquals(record, JournalCodec.decode(line));
    }

    @Test
    void dhcpv6AddressAndDeleteRoundTrip() throws Exception {
        JournalRecord put = new JournalRecord.Put(lease6(LeaseType.NA, "2001:db8::8000:0:0:1", 128));
        assertEquals(put, JournalCodec.decode(line(put)));
        JournalRecord remove = new JournalRecord.Remove(LeaseKey.pd(0x20010db800010000L, 0, 48));
        String line = line(remove);
        assertTrue(line.startsWith("v1 del6 pd 2001:db8:1:: 48 "), line);
        assertEquals(remove, JournalCodec.decode(line));
    }

    @Test
    void dhcpv6RecordWithAnImpossibleKeyIsRejected() {
        String body = "v1 del6 na 2001:db8::1 64";
        CRC32 crc = new CRC32();
        crc.update(body.getBytes(StandardCharsets.US_ASCII));
        String line = body + " " + HexFormat.of().withUpperCase().toHexDigits((int) crc.getValue());
        assertThrows(MalformedRecordException.class, () -> JournalCodec.decode(line));
    }
}
