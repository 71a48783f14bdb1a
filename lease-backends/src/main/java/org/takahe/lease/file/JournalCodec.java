package org.takahe.lease.file;

import java.io.ByteArrayOutputStream;
import java.net.Inet4Address;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import java.util.zip.CRC32;
import org.takahe.lease.Lease4;

/**
 * Turns journal records into lines and back. A line is plain ASCII so an operator can read and grep it:
 *
 * <pre>
 * v1 put &lt;address&gt; &lt;hw&gt; &lt;client-id|-&gt; &lt;subnet&gt; &lt;allocated-ms&gt; &lt;renewed-ms&gt; &lt;expires-ms&gt; &lt;hostname|-&gt; &lt;crc32&gt;
 * v1 del &lt;address&gt; &lt;crc32&gt;
 * </pre>
 *
 * Text fields are percent-encoded (every byte outside printable ASCII, and '%'), so no field holds a space
 * or a newline; "-" stands for an absent value and "%" for an empty one. The CRC32, eight hex digits, covers
 * everything before it, so a torn or bit-flipped line is recognised rather than half-applied.
 */
final class JournalCodec {
    private static final String VERSION = "v1";
    private static final String PUT = "put";
    private static final String DEL = "del";
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
            case JournalRecord.Remove(Inet4Address address) -> line.append(DEL)
                    .append(' ').append(address.getHostAddress());
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
            return new JournalRecord.Remove(parseAddress(fields[2]));
        }
        throw new MalformedRecordException("unknown record shape: " + fields.length + " fields, op " + fields[1]);
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

    private static Instant parseTime(String field) throws MalformedRecordException {
        try {
            return Instant.ofEpochMilli(Long.parseLong(field));
        } catch (NumberFormatException e) {
            throw new MalformedRecordException("bad time " + field);
        }
    }
}
