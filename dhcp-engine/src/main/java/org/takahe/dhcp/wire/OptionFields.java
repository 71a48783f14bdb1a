package org.takahe.dhcp.wire;

import java.io.ByteArrayOutputStream;
import java.net.Inet4Address;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;

/**
 * The one field codec: for each {@link OptionDataType}, how a field is read from and written to the wire,
 * parsed from its text form and formatted back. Reading never throws; parsing explains what is wrong.
 */
final class OptionFields {
    private static final int MAX_LABEL = 63;
    private static final int MAX_NAME = 255;

    private OptionFields() {
    }

    /** Reads one field at the buffer's position; empty when the bytes do not hold one. */
    static Optional<OptionValue> read(OptionDataType type, ByteBuffer in) {
        return switch (type) {
            case BOOLEAN -> fixed(in, 1).flatMap(b -> b[0] == 0 || b[0] == 1
                ? Optional.of(new OptionValue.Flag(b[0] == 1)) : Optional.empty());
            case UINT8, UINT16, UINT32 -> fixed(in, width(type)).map(b -> new OptionValue.Number(unsigned(b)));
            case INT8, INT16, INT32 -> fixed(in, width(type)).map(b -> new OptionValue.Number(signed(b)));
            case IPV4_ADDRESS -> fixed(in, 4).map(b -> new OptionValue.Address(Ipv4Bytes.of(b)));
            case IPV6_ADDRESS -> fixed(in, 16).map(b -> new OptionValue.Address6(Ipv6Bytes.of(b)));
            case STRING -> text(rest(in)).map(OptionValue.Text::new);
            case BINARY -> Optional.of(new OptionValue.Raw(Octets.of(rest(in))));
            case FQDN -> name(in).map(OptionValue.DomainName::new);
            case CLASSLESS_ROUTE -> route(in);
            case EMPTY, RECORD -> Optional.empty();
        };
    }

    /** @throws IllegalArgumentException if the value is not of the field's type (a programming error) */
    static void write(OptionDataType type, OptionValue value, ByteArrayOutputStream out) {
        switch (type) {
            case BOOLEAN -> out.write(expect(type, value, OptionValue.Flag.class).value() ? 1 : 0);
            case UINT8, UINT16, UINT32, INT8, INT16, INT32 -> {
                long number = expect(type, value, OptionValue.Number.class).value();
                if (!inRange(type, number)) {
                    throw new IllegalArgumentException(number + " does not fit " + type.keaName());
                }
                for (int shift = (width(type) - 1) * 8; shift >= 0; shift -= 8) {
                    out.write((int) (number >>> shift));
                }
            }
            case IPV4_ADDRESS -> out.writeBytes(expect(type, value, OptionValue.Address.class).value().getAddress());
            case IPV6_ADDRESS -> out.writeBytes(expect(type, value, OptionValue.Address6.class).value().getAddress());
            case STRING -> out.writeBytes(expect(type, value, OptionValue.Text.class).value()
                .getBytes(StandardCharsets.UTF_8));
            case BINARY -> out.writeBytes(expect(type, value, OptionValue.Raw.class).value().toByteArray());
            case FQDN -> writeName(expect(type, value, OptionValue.DomainName.class).value(), out);
            case CLASSLESS_ROUTE -> {
                OptionValue.Route route = expect(type, value, OptionValue.Route.class);
                out.write(route.prefixLength());
                out.write(route.destination().getAddress(), 0, (route.prefixLength() + 7) / 8);
                out.writeBytes(route.router().getAddress());
            }
            case EMPTY, RECORD -> throw new IllegalArgumentException(type.keaName() + " is not a field type");
        }
    }

    /** Parses the text form of one field (already split from its neighbours and trimmed). */
    static OptionValue parse(OptionDataType type, String text) throws OptionDataException {
        return switch (type) {
            case BOOLEAN -> switch (text.toLowerCase(Locale.ROOT)) {
                case "true", "1" -> new OptionValue.Flag(true);
                case "false", "0" -> new OptionValue.Flag(false);
                default -> throw new OptionDataException("'" + text + "' is not a boolean (true, false, 1 or 0)");
            };
            case UINT8, UINT16, UINT32, INT8, INT16, INT32 -> new OptionValue.Number(integer(type, text));
            case IPV4_ADDRESS -> new OptionValue.Address(address(text));
            case IPV6_ADDRESS -> new OptionValue.Address6(Ipv6Bytes.fromText(text).orElseThrow(
                () -> new OptionDataException("'" + text + "' is not an IPv6 address")));
            case STRING -> {
                if (text.isEmpty()) {
                    throw new OptionDataException("a string field cannot be empty (RFC 2132 §2)");
                }
                yield new OptionValue.Text(text);
            }
            case BINARY -> new OptionValue.Raw(hex(text));
            case FQDN -> {
                String name = text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
                writeName(name, new ByteArrayOutputStream(), text);
                yield new OptionValue.DomainName(name);
            }
            case CLASSLESS_ROUTE -> parseRoute(text);
            case EMPTY, RECORD -> throw new OptionDataException(type.keaName() + " is not a field type");
        };
    }

    static String format(OptionDataType type, OptionValue value) {
        return switch (value) {
            case OptionValue.Number n -> Long.toString(n.value());
            case OptionValue.Flag f -> Boolean.toString(f.value());
            case OptionValue.Address a -> a.value().getHostAddress();
            case OptionValue.Address6 a -> Ipv6Bytes.toText(a.value());
            case OptionValue.Text t -> t.value().replace("\\", "\\\\").replace(",", "\\,");
            case OptionValue.DomainName d -> d.value();
            case OptionValue.Route r -> r.destination().getHostAddress() + "/" + r.prefixLength() + " - "
                + r.router().getHostAddress();
            case OptionValue.Raw r -> r.value().toHex();
            case OptionValue.Empty e -> "";
            case OptionValue.Fields f -> throw new IllegalArgumentException(type + " field holding several values");
        };
    }

    /**
     * Hex digits, optionally with a 0x prefix and ':' or blanks between bytes ("0a:1b", "0A 1B", "0x0a1b").
     */
    static Octets hex(String text) throws OptionDataException {
        String digits = text.strip();
        if (digits.startsWith("0x") || digits.startsWith("0X")) {
            digits = digits.substring(2);
        }
        digits = digits.replace(":", "").replace(" ", "");
        if (digits.length() % 2 != 0 || !digits.chars().allMatch(c -> Character.digit(c, 16) >= 0)) {
            throw new OptionDataException("'" + text + "' is not hex bytes (pairs of hex digits, e.g. 0a1b2c)");
        }
        return Octets.of(HexFormat.of().parseHex(digits));
    }

    private static <V extends OptionValue> V expect(OptionDataType type, OptionValue value, Class<V> variant) {
        if (!variant.isInstance(value)) {
            throw new IllegalArgumentException("a " + type.keaName() + " field cannot hold " + value);
        }
        return variant.cast(value);
    }

    private static int width(OptionDataType type) {
        return switch (type) {
            case UINT8, INT8 -> 1;
            case UINT16, INT16 -> 2;
            default -> 4;
        };
    }

    private static boolean inRange(OptionDataType type, long value) {
        int bits = width(type) * 8;
        boolean signed = type == OptionDataType.INT8 || type == OptionDataType.INT16 || type == OptionDataType.INT32;
        return signed ? value >= -(1L << (bits - 1)) && value < 1L << (bits - 1) : value >= 0 && value < 1L << bits;
    }

    private static long integer(OptionDataType type, String text) throws OptionDataException {
        long value;
        try {
            value = text.startsWith("0x") || text.startsWith("0X") ? Long.parseLong(text.substring(2), 16)
                : Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new OptionDataException("'" + text + "' is not an integer");
        }
        if (!inRange(type, value)) {
            throw new OptionDataException(value + " is out of range for " + type.keaName());
        }
        return value;
    }

    private static Inet4Address address(String text) throws OptionDataException {
        String[] parts = text.split("\\.", -1);
        byte[] bytes = new byte[4];
        if (parts.length != 4) {
            throw new OptionDataException("'" + text + "' is not an IPv4 address");
        }
        for (int i = 0; i < 4; i++) {
            if (parts[i].isEmpty() || parts[i].length() > 3 || !parts[i].chars().allMatch(Character::isDigit)
                    || Integer.parseInt(parts[i]) > 255) {
                throw new OptionDataException("'" + text + "' is not an IPv4 address");
            }
            bytes[i] = (byte) Integer.parseInt(parts[i]);
        }
        return Ipv4Bytes.of(bytes);
    }

    /** "198.18.0.0/24 - 198.18.0.1", as Kea writes option 121's routes. */
    private static OptionValue.Route parseRoute(String text) throws OptionDataException {
        int dash = text.indexOf('-');
        int slash = text.indexOf('/');
        if (dash < 0 || slash < 0 || slash > dash) {
            throw new OptionDataException("'" + text + "' is not a route (destination/length - router, "
                + "e.g. 198.18.0.0/24 - 198.18.0.1)");
        }
        Inet4Address destination = address(text.substring(0, slash).strip());
        int length;
        try {
            length = Integer.parseInt(text.substring(slash + 1, dash).strip());
        } catch (NumberFormatException e) {
            throw new OptionDataException("'" + text + "': the prefix length is not a number");
        }
        if (length < 0 || length > 32) {
            throw new OptionDataException("'" + text + "': the prefix length is not in 0..32");
        }
        int network = ByteBuffer.wrap(destination.getAddress()).getInt();
        int mask = length == 0 ? 0 : -1 << (32 - length);
        if ((network & ~mask) != 0) {
            throw new OptionDataException("'" + text + "': the destination has bits set beyond its prefix length");
        }
        return new OptionValue.Route(destination, length, address(text.substring(dash + 1).strip()));
    }

    private static Optional<OptionValue> route(ByteBuffer in) {
        if (!in.hasRemaining()) {
            return Optional.empty();
        }
        int length = in.get() & 0xff;
        int significant = (length + 7) / 8;
        if (length > 32 || in.remaining() < significant + 4) {
            return Optional.empty();
        }
        byte[] destination = new byte[4];
        in.get(destination, 0, significant);
        byte[] router = new byte[4];
        in.get(router);
        return Optional.of(new OptionValue.Route(Ipv4Bytes.of(destination), length, Ipv4Bytes.of(router)));
    }

    private static void writeName(String name, ByteArrayOutputStream out) {
        try {
            writeName(name, out, name);
        } catch (OptionDataException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    private static void writeName(String name, ByteArrayOutputStream out, String asWritten)
            throws OptionDataException {
        int start = out.size();
        if (!name.isEmpty()) {
            for (String label : name.split("\\.", -1)) {
                byte[] bytes = label.getBytes(StandardCharsets.US_ASCII);
                if (bytes.length == 0 || bytes.length > MAX_LABEL || !label.chars().allMatch(c -> c > ' ' && c < 127)) {
                    throw new OptionDataException("'" + asWritten + "' is not a domain name (labels of 1 to 63 "
                        + "printable ASCII characters, separated by dots)");
                }
                out.write(bytes.length);
                out.writeBytes(bytes);
            }
        }
        out.write(0);
        if (out.size() - start > MAX_NAME) {
            throw new OptionDataException("'" + asWritten + "' is longer than a domain name may be (255 bytes)");
        }
    }

    private static Optional<String> name(ByteBuffer in) {
        StringBuilder name = new StringBuilder();
        int total = 0;
        while (in.hasRemaining()) {
            int length = in.get() & 0xff;
            total += length + 1;
            if (length == 0) {
                return Optional.of(name.toString());
            }
            // 0xC0 and up are compression pointers, which RFC 3397 forbids outside option 119 itself.
            if (length > MAX_LABEL || total > MAX_NAME || in.remaining() < length) {
                return Optional.empty();
            }
            byte[] label = new byte[length];
            in.get(label);
            name.append(name.isEmpty() ? "" : ".").append(new String(label, StandardCharsets.US_ASCII));
        }
        return Optional.empty();
    }

    private static Optional<byte[]> fixed(ByteBuffer in, int length) {
        if (in.remaining() < length) {
            return Optional.empty();
        }
        byte[] b = new byte[length];
        in.get(b);
        return Optional.of(b);
    }

    private static byte[] rest(ByteBuffer in) {
        byte[] b = new byte[in.remaining()];
        in.get(b);
        return b;
    }

    private static long unsigned(byte[] b) {
        long v = 0;
        for (byte x : b) {
            v = v << 8 | (x & 0xff);
        }
        return v;
    }

    private static long signed(byte[] b) {
        long v = unsigned(b);
        int bits = b.length * 8;
        return v >= 1L << (bits - 1) ? v - (1L << bits) : v;
    }

    /** Some clients NUL-terminate their strings (RFC 2132 §2 says not to); accept and strip it. */
    private static Optional<String> text(byte[] b) {
        int end = b.length;
        while (end > 0 && b[end - 1] == 0) {
            end--;
        }
        return end == 0 ? Optional.empty() : Optional.of(new String(b, 0, end, StandardCharsets.UTF_8));
    }
}
