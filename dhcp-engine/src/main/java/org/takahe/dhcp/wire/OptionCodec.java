package org.takahe.dhcp.wire;

import java.io.ByteArrayOutputStream;
import java.net.Inet4Address;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The one codec for every table-defined option. Decoding is lenient: data that does not fit the
 * format yields empty, so a bad option is ignored instead of dropping the whole packet.
 */
public final class OptionCodec {
    private OptionCodec() {
    }

    public static Optional<OptionValue> decode(OptionDefinition definition, Octets data) {
        byte[] b = data.toByteArray();
        return switch (definition.format()) {
            case UINT8 -> b.length == 1 ? Optional.of(new OptionValue.Number(b[0] & 0xff)) : Optional.empty();
            case UINT16 -> b.length == 2 ? Optional.of(new OptionValue.Number(unsigned(b, 0, 2))) : Optional.empty();
            case UINT32 -> b.length == 4 ? Optional.of(new OptionValue.Number(unsigned(b, 0, 4))) : Optional.empty();
            case IPV4_ADDRESS -> b.length == 4
                ? Optional.of(new OptionValue.Address(Ipv4Bytes.of(b))) : Optional.empty();
            case IPV4_ADDRESS_LIST -> b.length > 0 && b.length % 4 == 0
                ? Optional.of(new OptionValue.Addresses(addresses(b))) : Optional.empty();
            case UINT8_LIST -> b.length > 0 ? Optional.of(new OptionValue.Numbers(bytes(b))) : Optional.empty();
            case STRING -> text(b).map(OptionValue.Text::new);
            case BINARY -> Optional.of(new OptionValue.Raw(data));
        };
    }

    /**
     * Encodes a value for a definition.
     *
     * @throws IllegalArgumentException if the value does not match the format; values come from our own
     *     configuration, so a mismatch is a programming error, not bad input
     */
    public static Octets encode(OptionDefinition definition, OptionValue value) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        switch (definition.format()) {
            case UINT8 -> writeUnsigned(out, number(definition, value), 1);
            case UINT16 -> writeUnsigned(out, number(definition, value), 2);
            case UINT32 -> writeUnsigned(out, number(definition, value), 4);
            case IPV4_ADDRESS -> out.writeBytes(
                expect(definition, value, OptionValue.Address.class).value().getAddress());
            case IPV4_ADDRESS_LIST -> expect(definition, value, OptionValue.Addresses.class).values()
                .forEach(a -> out.writeBytes(a.getAddress()));
            case UINT8_LIST -> expect(definition, value, OptionValue.Numbers.class).values().forEach(out::write);
            case STRING -> out.writeBytes(expect(definition, value, OptionValue.Text.class).value()
                .getBytes(StandardCharsets.UTF_8));
            case BINARY -> out.writeBytes(expect(definition, value, OptionValue.Raw.class).value().toByteArray());
        }
        return Octets.of(out.toByteArray());
    }

    private static long number(OptionDefinition definition, OptionValue value) {
        return expect(definition, value, OptionValue.Number.class).value();
    }

    private static <V extends OptionValue> V expect(OptionDefinition definition, OptionValue value, Class<V> type) {
        if (!type.isInstance(value)) {
            throw new IllegalArgumentException("option " + definition.name() + " (" + definition.format()
                + ") cannot hold " + value);
        }
        return type.cast(value);
    }

    private static void writeUnsigned(ByteArrayOutputStream out, long value, int width) {
        for (int shift = (width - 1) * 8; shift >= 0; shift -= 8) {
            out.write((int) (value >>> shift));
        }
    }

    private static long unsigned(byte[] b, int offset, int width) {
        long v = 0;
        for (int i = 0; i < width; i++) {
            v = v << 8 | (b[offset + i] & 0xff);
        }
        return v;
    }

    private static List<Inet4Address> addresses(byte[] b) {
        List<Inet4Address> list = new ArrayList<>(b.length / 4);
        for (int i = 0; i < b.length; i += 4) {
            list.add(Ipv4Bytes.of(Arrays.copyOfRange(b, i, i + 4)));
        }
        return list;
    }

    private static List<Integer> bytes(byte[] b) {
        List<Integer> list = new ArrayList<>(b.length);
        for (byte x : b) {
            list.add(x & 0xff);
        }
        return list;
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
