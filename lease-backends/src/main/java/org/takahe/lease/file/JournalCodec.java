package org.takahe.lease.file;

import java.io.ByteArrayOutputStream;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.CRC32;
import org.takahe.lease.Lease4;
import org.takahe.lease.Lease6;
import org.takahe.lease.LeaseKey;
import org.takahe.lease.LeaseType;

/**
 * Turns journal records into lines and back. A line is plain ASCII so an operator can read and grep it:
 *
 * <pre>
 * v1 put &lt;address&gt; &lt;hw&gt; &lt;client-id|-&gt; &lt;subnet&gt; &lt;allocated-ms&gt; &lt;renewed-ms&gt;
 *     &lt;expires-ms&gt; &lt;hostname|-&gt; &lt;crc32&gt;
 * v1 del &lt;address&gt; &lt;crc32&gt;
 * v1 put6 &lt;na|pd&gt; &lt;address&gt; &lt;prefix-length&gt; &lt;duid&gt; &lt;iaid&gt; &lt;hw|-&gt; &lt;subnet&gt;
 *     &lt;allocated-ms&gt; &lt;renewed-ms&gt; &lt;preferred-until-ms&gt; &lt;expires-ms&gt; &lt;t1-ms&gt; &lt;t2-ms&gt;
 *     &lt;hostname|-&gt; &lt;crc32&gt;
 * v1 del6 &lt;na|pd&gt; &lt;address&gt; &lt;prefix-length&gt; &lt;crc32&gt;
 * </pre>
 *
 * (one line each). DHCPv6 records came later under their own names, so a journal written before them reads as
 * it always did.
 *
 * Text fields are percent-encoded (every byte outside printable ASCII, and '%'), so no field holds a space
 * or a newline; "-" stands for an absent value and "%" for an empty one. The CRC32, eight hex digits, covers
 * everything before it, so a torn or bit-flipped line is recognised rather than half-applied.
 */
final class JournalCodec {
    private static final String VERSION = "v1";
    private static final String PUT = "put";
    private static final String DEL = "del";
    private static final String PUT6 = "put6";
    private static final String DEL6 = "del6";
    private static final String ABSENT = "-";
    private static final String EMPTY = "%";
    private static final HexFormat HEX = HexFormat.of().withUpperCase();

    private JournalCodec() {
    }

    /** The record as one line, newline included. Times are written to the millisecond. */
    static byte[] encode(JournalRecord record) {
        StringBuilder line = new StringBuilder(160).append(VERSION).append(' ');
        switch (record) {
            case JournalRecord.Put(Lease4 lease) -> line.append(PUT)
                    .append(' ').append(lease.address().getHostAddress())
                    .append(' ').append(encodeText(lease.hardwareAddress()))
                    .append(' ').append(encodeOptional(lease.clientId()))
                    .append(' ').append(encodeText(lease.subnetId()))
                    .append(' ').append(lease.allocated().toEpochMilli())
                    .append(' ').append(lease.renewed().toEpochMilli())
                    .append(' ').append(lease.expires().toEpochMilli())
                    .append(' ').append(encodeOptional(lease.hostname()));
            case JournalRecord.Put(Lease6 lease) -> line.append(PUT6)
                    .append(' ').append(encodeKey6(lease.key()))
                    .append(' ').append(encodeText(lease.duid()))
                    .append(' ').append(lease.iaid())
                    .append(' ').append(encodeOptional(lease.hardwareAddress()))
                    .append(' ').append(encodeText(lease.subnetId()))
                    .append(' ').append(lease.allocated().toEpochMilli())
                    .append(' ').append(lease.renewed().toEpochMilli())
                    .append(' ').append(lease.preferredUntil().toEpochMilli())
                    .append(' ').append(lease.expires().toEpochMilli())
                    .append(' ').append(lease.t1().toMillis())
                    .append(' ').append(lease.t2().toMillis())
                    .append(' ').append(encodeOptional(lease.hostname()));
            case JournalRecord.Remove(LeaseKey key) when key.type() == LeaseType.V4 -> line.append(DEL)
                    .append(' ').append(key);
            case JournalRecord.Remove(LeaseKey key) -> line.append(DEL6).append(' ').append(encodeKey6(key));
        }
        String body = line.toString();
        return (body + ' ' + crcOf(body) + '\n').getBytes(StandardCharsets.US_ASCII);
    }

    /** Parses one line without its newline. */
    static JournalRecord decode(String line) throws MalformedRecordException {
        int lastSpace = line.lastIndexOf(' ');
        if (lastSpace < 0) {
            throw new MalformedRecordException("no checksum");
        }
        String body = line.substring(0, lastSpace);
        if (!crcOf(body).equals(line.substring(lastSpace + 1))) {
            throw new MalformedRecordException("checksum mismatch");
        }
        String[] fields = body.split(" ", -1);
        if (!VERSION.equals(fields[0])) {
            throw new MalformedRecordException("unknown record version " + fields[0]);
        }
        if (fields.length == 10 && PUT.equals(fields[1])) {
            return new JournalRecord.Put(new Lease4(parseAddress(fields[2]), decodeRequired(fields[3]),
                    decodeOptional(fields[4]), decodeRequired(fields[5]), parseTime(fields[6]),
                    parseTime(fields[7]), parseTime(fields[8]), decodeOptional(fields[9])));
        }
        if (fields.length == 3 && DEL.equals(fields[1])) {
            return new JournalRecord.Remove(LeaseKey.v4(parseAddress(fields[2])));
        }
        if (fields.length == 16 && PUT6.equals(fields[1])) {
            return new JournalRecord.Put(lease6(fields));
        }
        if (fields.length == 5 && DEL6.equals(fields[1])) {
            return new JournalRecord.Remove(parseKey6(fields, 2));
        }
        throw new MalformedRecordException("unknown record shape: " + fields.length + " fields, op " + fields[1]);
    }

    private static Lease6 lease6(String[] fields) throws MalformedRecordException {
        LeaseKey key = parseKey6(fields, 2);
        try {
            return new Lease6((Inet6Address) key.address(), key.prefixLength(), key.type(),
                    decodeRequired(fields[5]), parseNumber(fields[6]), decodeOptional(fields[7]),
                    decodeRequired(fields[8]), parseTime(fields[9]), parseTime(fields[10]), parseTime(fields[11]),
                    parseTime(fields[12]), Duration.ofMillis(parseNumber(fields[13])),
                    Duration.ofMillis(parseNumber(fields[14])), decodeOptional(fields[15]));
        } catch (IllegalArgumentException e) {
            throw new MalformedRecordException("bad DHCPv6 lease: " + e.getMessage());
        }
    }

    /** Type, address and prefix length, three fields. */
    private static String encodeKey6(LeaseKey key) {
        return key.type().name().toLowerCase(Locale.ROOT) + ' ' + LeaseKey.ipv6Text(key.high(), key.low()) + ' '
                + key.prefixLength();
    }

    private static LeaseKey parseKey6(String[] fields, int from) throws MalformedRecordException {
        try {
            LeaseType type = LeaseType.valueOf(fields[from].toUpperCase(Locale.ROOT));
            if (!(InetAddress.ofLiteral(fields[from + 1]) instanceof Inet6Address address)) {
                throw new MalformedRecordException("bad IPv6 address " + fields[from + 1]);
            }
            if (type == LeaseType.V4) {
                throw new MalformedRecordException("an IPv4 key in a DHCPv6 record");
            }
            LeaseKey bits = LeaseKey.na(address);
            return new LeaseKey(type, bits.high(), bits.low(), Integer.parseInt(fields[from + 2]));
        } catch (IllegalArgumentException e) {
            throw new MalformedRecordException("bad DHCPv6 lease key " + fields[from] + " " + fields[from + 1] + " "
                    + fields[from + 2]);
        }
    }

    private static String crcOf(String body) {
        CRC32 crc = new CRC32();
        crc.update(body.getBytes(StandardCharsets.US_ASCII));
        return HEX.toHexDigits((int) crc.getValue());
    }

    private static String encodeOptional(Optional<String> value) {
        return value.map(JournalCodec::encodeText).orElse(ABSENT);
    }

    private static String encodeText(String value) {
        if (value.isEmpty()) {
            return EMPTY;
        }
        if (value.equals(ABSENT)) {
            return "%2D";
        }
        StringBuilder out = new StringBuilder(value.length());
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            if (b > ' ' && b < 0x7f && b != '%') {
                out.append((char) b);
            } else {
                out.append('%').append(HEX.toHexDigits(b));
            }
        }
        return out.toString();
    }

    private static Optional<String> decodeOptional(String field) throws MalformedRecordException {
        return field.equals(ABSENT) ? Optional.empty() : Optional.of(decodeRequired(field));
    }

    private static String decodeRequired(String field) throws MalformedRecordException {
        if (field.equals(EMPTY)) {
            return "";
        }
        if (field.isEmpty() || field.equals(ABSENT)) {
            throw new MalformedRecordException("missing required field");
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(field.length());
        for (int i = 0; i < field.length(); i++) {
            char c = field.charAt(i);
            if (c != '%') {
                bytes.write(c);
            } else if (i + 2 < field.length() && HexFormat.isHexDigit(field.charAt(i + 1))
                    && HexFormat.isHexDigit(field.charAt(i + 2))) {
                bytes.write(HexFormat.fromHexDigits(field, i + 1, i + 3));
                i += 2;
            } else {
                throw new MalformedRecordException("bad escape in " + field);
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static Inet4Address parseAddress(String field) throws MalformedRecordException {
        try {
            return Inet4Address.ofLiteral(field);
        } catch (IllegalArgumentException e) {
            throw new MalformedRecordException("bad IPv4 address " + field);
        }
    }

    private static long parseNumber(String field) throws MalformedRecordException {
        try {
            return Long.parseLong(field);
        } catch (NumberFormatException e) {
            throw new MalformedRecordException("bad number " + field);
        }
    }

    private static Instant parseTime(String field) throws MalformedRecordException {
        try {
            return Instant.ofEpochMilli(Long.parseLong(field));
        } catch (NumberFormatException e) {
            throw new MalformedRecordException("bad time " + field);
        }
    }
}
