package org.takahe.dhcp.wire;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The one codec for every table-defined option, standard or custom: wire bytes, {@link OptionValue} and the
 * operator's text form (Kea's csv-format: fields and array items separated by commas, "\," for a comma
 * inside a string). Decoding is lenient: data that does not fit the definition yields empty, so a bad
 * option is ignored instead of dropping the whole packet.
 */
public final class OptionCodec {
    private OptionCodec() {
    }

    public static Optional<OptionValue> decode(OptionDefinition definition, Octets data) {
        if (definition.encapsulatedSpace().isPresent()) {
            return Optional.of(new OptionValue.Raw(data));
        }
        if (definition.type() == OptionDataType.EMPTY) {
            return data.length() == 0 ? Optional.of(new OptionValue.Empty()) : Optional.empty();
        }
        ByteBuffer in = ByteBuffer.wrap(data.toByteArray());
        List<OptionDataType> fields = definition.fields();
        List<OptionValue> values = new ArrayList<>();
        for (OptionDataType field : fields) {
            Optional<OptionValue> value = OptionFields.read(field, in);
            if (value.isEmpty()) {
                return Optional.empty();
            }
            values.add(value.get());
        }
        OptionDataType last = fields.getLast();
        while (definition.array() && in.hasRemaining()) {
            Optional<OptionValue> value = OptionFields.read(last, in);
            if (value.isEmpty()) {
                return Optional.empty();
            }
            values.add(value.get());
        }
        if (in.hasRemaining()) {
            return Optional.empty();
        }
        return Optional.of(isSingle(definition) ? values.getFirst() : new OptionValue.Fields(values));
    }

    /**
     * Encodes a value for a definition.
     *
     * @throws IllegalArgumentException if the value does not match the definition; values come from our own
     *     configuration or code, so a mismatch is a programming error, not bad input
     */
    public static Octets encode(OptionDefinition definition, OptionValue value) {
        if (definition.encapsulatedSpace().isPresent() && value instanceof OptionValue.Raw raw) {
            return raw.value();
        }
        if (definition.type() == OptionDataType.EMPTY) {
            if (!(value instanceof OptionValue.Empty)) {
                throw new IllegalArgumentException("option " + definition.name() + " carries no data, not " + value);
            }
            return Octets.empty();
        }
        List<OptionValue> values = isSingle(definition) ? List.of(value) : fieldsOf(definition, value);
        checkCount(definition, values.size());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<OptionDataType> fields = definition.fields();
        for (int i = 0; i < values.size(); i++) {
            OptionFields.write(fields.get(Math.min(i, fields.size() - 1)), values.get(i), out);
        }
        return Octets.of(out.toByteArray());
    }

    /** Parses the operator's text form of an option's data (Kea's csv-format true). */
    public static OptionValue parse(OptionDefinition definition, String text) throws OptionDataException {
        if (definition.type() == OptionDataType.EMPTY) {
            if (!text.isBlank()) {
                throw new OptionDataException("option " + definition.name() + " carries no data"
                    + definition.encapsulatedSpace().map(s -> "; its sub-options are options of space " + s)
                        .orElse(""));
            }
            return new OptionValue.Empty();
        }
        List<String> tokens = split(text);
        List<OptionDataType> fields = definition.fields();
        int expected = fields.size();
        if (tokens.size() < expected || tokens.size() > expected && !definition.array()) {
            throw new OptionDataException("option " + definition.name() + " (" + definition.describeType() + ") needs "
                + (definition.array() ? "at least " : "") + expected + (expected == 1 ? " value" : " values")
                + ", got " + tokens.size()
                + (tokens.size() > expected ? " (write a comma inside a value as \\,)" : ""));
        }
        List<OptionValue> values = new ArrayList<>(tokens.size());
        for (int i = 0; i < tokens.size(); i++) {
            OptionDataType field = fields.get(Math.min(i, expected - 1));
            try {
                values.add(OptionFields.parse(field, tokens.get(i)));
            } catch (OptionDataException e) {
                throw new OptionDataException("option " + definition.name() + ", value " + (i + 1) + ": "
                    + e.getMessage());
            }
        }
        return isSingle(definition) ? values.getFirst() : new OptionValue.Fields(values);
    }

    /** The wire bytes of the operator's text form. */
    public static Octets fromText(OptionDefinition definition, String text) throws OptionDataException {
        return encode(definition, parse(definition, text));
    }

    /** The bytes of the operator's hex form (Kea's csv-format false), checked against the definition. */
    public static Octets fromHex(OptionDefinition definition, String hex) throws OptionDataException {
        Octets data = hex(hex);
        if (decode(definition, data).isEmpty()) {
            throw new OptionDataException("hex data " + data.toHex() + " is not a valid " + definition.name() + " ("
                + definition.describeType() + ")");
        }
        return data;
    }

    /** Hex digits, optionally with 0x and ':' or blanks between bytes. */
    public static Octets hex(String text) throws OptionDataException {
        return OptionFields.hex(text);
    }

    /** The text form of a value, as {@link #parse} reads it. */
    public static String format(OptionDefinition definition, OptionValue value) {
        if (definition.type() == OptionDataType.EMPTY) {
            return "";
        }
        List<OptionValue> values = isSingle(definition) ? List.of(value) : fieldsOf(definition, value);
        List<OptionDataType> fields = definition.fields();
        List<String> texts = new ArrayList<>(values.size());
        for (int i = 0; i < values.size(); i++) {
            texts.add(OptionFields.format(fields.get(Math.min(i, fields.size() - 1)), values.get(i)));
        }
        return String.join(", ", texts);
    }

    /** A plain, non-array option is its one value; everything else is a {@link OptionValue.Fields}. */
    private static boolean isSingle(OptionDefinition definition) {
        return definition.type() != OptionDataType.RECORD && !definition.array();
    }

    private static List<OptionValue> fieldsOf(OptionDefinition definition, OptionValue value) {
        if (!(value instanceof OptionValue.Fields fields)) {
            throw new IllegalArgumentException("option " + definition.name() + " (" + definition.describeType()
                + ") needs several values, not " + value);
        }
        return fields.values();
    }

    private static void checkCount(OptionDefinition definition, int count) {
        int expected = definition.fields().size();
        if (count < expected || count > expected && !definition.array()) {
            throw new IllegalArgumentException("option " + definition.name() + " (" + definition.describeType()
                + ") cannot hold " + count + " values");
        }
    }

    /** Splits at commas not escaped by a backslash; "\," is a comma and "\\" a backslash; trims each piece. */
    private static List<String> split(String text) {
        List<String> tokens = new ArrayList<>();
        StringBuilder token = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length() && (text.charAt(i + 1) == ',' || text.charAt(i + 1) == '\\')) {
                token.append(text.charAt(++i));
            } else if (c == ',') {
                tokens.add(token.toString().strip());
                token.setLength(0);
            } else {
                token.append(c);
            }
        }
        tokens.add(token.toString().strip());
        return tokens;
    }
}
