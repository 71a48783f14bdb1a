package org.takahe.dhcp.classify;

import java.nio.charset.StandardCharsets;
import java.util.OptionalInt;
import org.takahe.dhcp.wire.Octets;

/** An expression that yields a byte string. */
public sealed interface Value extends Expression {

    /** How an option's data is shown: its bytes ({@code .hex}) or its text ({@code .text}, see {@link OptionText}). */
    enum Representation {
        HEX, TEXT
    }

    /** {@code 'text'}, {@code 0x0a0b}, {@code 123} (four bytes) or {@code 198.18.0.1} (four bytes). */
    record Literal(Octets bytes) implements Value {
        @Override
        public Octets evaluate(PacketView packet) {
            return bytes;
        }
    }

    /** {@code option[code].hex} / {@code .text}; empty when the packet lacks the option. */
    record OptionData(int code, Representation representation) implements Value {
        @Override
        public Octets evaluate(PacketView packet) {
            Octets data = PacketOptions.option(packet.message(), code);
            if (data == null) {
                return Octets.empty();
            }
            return representation == Representation.HEX ? data : OptionText.of(code, data);
        }
    }

    /** {@code relay4[code].hex} / {@code .text}: a sub-option of option 82; empty when absent. */
    record RelaySubOption(int code, Representation representation) implements Value {
        @Override
        public Octets evaluate(PacketView packet) {
            Octets data = PacketOptions.relaySubOption(packet.message(), code);
            // Sub-options have no typed definitions: their text is their bytes.
            return data == null ? Octets.empty() : data;
        }
    }

    /** {@code pkt4.mac}, {@code pkt.iface} … */
    record Field(PacketField field) implements Value {
        @Override
        public Octets evaluate(PacketView packet) {
            return field.read(packet);
        }
    }

    /**
     * {@code substring(source, start, length)} with Kea's rules: a negative start counts from the end (-1 is the
     * last byte); a start outside the string gives the empty string; a negative length takes that many bytes
     * before start (start itself excluded); a length past the end (or {@code all}, an empty {@code length}) stops
     * at the end.
     */
    record Substring(Value source, int start, OptionalInt length) implements Value {
        @Override
        public Octets evaluate(PacketView packet) {
            Octets string = source.evaluate(packet);
            int size = string.length();
            if (start < -size || start >= size) {
                return Octets.empty();
            }
            int from = start < 0 ? size + start : start;
            if (length.isEmpty()) {
                return ByteStrings.slice(string, from, size);
            }
            long count = length.getAsInt();
            if (count < 0) {
                // Backwards: the bytes before 'from', at most as many as there are.
                long back = Math.min(-count, from);
                return ByteStrings.slice(string, (int) (from - back), from);
            }
            return ByteStrings.slice(string, from, (int) Math.min(size, from + count));
        }
    }

    /** {@code concat(a, b)} or {@code a + b}. */
    record Concat(Value first, Value second) implements Value {
        @Override
        public Octets evaluate(PacketView packet) {
            return ByteStrings.concat(first.evaluate(packet), second.evaluate(packet));
        }
    }

    /** {@code hexstring(source, separator)}: lower-case hex digit pairs joined by the separator. */
    record HexString(Value source, Value separator) implements Value {
        private static final byte[] DIGITS = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);

        @Override
        public Octets evaluate(PacketView packet) {
            Octets bytes = source.evaluate(packet);
            Octets between = separator.evaluate(packet);
            if (bytes.length() == 0) {
                return Octets.empty();
            }
            byte[] out = new byte[bytes.length() * 2 + (bytes.length() - 1) * between.length()];
            int at = 0;
            for (int i = 0; i < bytes.length(); i++) {
                if (i > 0) {
                    for (int s = 0; s < between.length(); s++) {
                        out[at++] = between.get(s);
                    }
                }
                out[at++] = DIGITS[(bytes.get(i) >> 4) & 0xf];
                out[at++] = DIGITS[bytes.get(i) & 0xf];
            }
            return Octets.of(out);
        }
    }

    /** {@code ifelse(condition, whenTrue, whenFalse)}; only the chosen branch is evaluated. */
    record IfElse(Condition condition, Value whenTrue, Value whenFalse) implements Value {
        @Override
        public Octets evaluate(PacketView packet) {
            return condition.test(packet) ? whenTrue.evaluate(packet) : whenFalse.evaluate(packet);
        }
    }
}
