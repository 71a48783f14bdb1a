package org.takahe.dhcp.wire;

import java.util.List;
import java.util.Optional;

/**
 * One row of the option table: code and name within a space, the data type, and for records the field
 * types. Options are data, not classes: a standard or a custom option is a row, and {@link OptionCodec}
 * handles every row the same way.
 *
 * @param array for a plain type, one or more values of it; for a record, its last field repeats one or more
 *     times (as in slp-directory-agent: a flag, then addresses)
 * @param recordFields the field types of a {@link OptionDataType#RECORD}; empty otherwise
 * @param encapsulatedSpace the space of the sub-options this option carries, if it is a container (43, 82)
 */
public record OptionDefinition(int code, String name, String space, OptionDataType type, boolean array,
        List<OptionDataType> recordFields, Optional<String> encapsulatedSpace) {

    /**
     * @throws IllegalArgumentException when the row describes no decodable layout; the message says why
     */
    public OptionDefinition {
        recordFields = List.copyOf(recordFields);
        int maxCode = OptionSpace.maxCode(space);
        if (code < 1 || code > maxCode) {
            throw new IllegalArgumentException("option code " + code + " is not in 1.." + maxCode
                + (maxCode == 254 ? " (0 and 255 are pad and end)" : ""));
        }
        if (name.isBlank()) {
            throw new IllegalArgumentException("option " + code + " needs a name");
        }
        if ((type == OptionDataType.RECORD) == recordFields.isEmpty()) {
            throw new IllegalArgumentException("option " + name + ": record-types are given exactly when the type is "
                + "record");
        }
        List<OptionDataType> fields = type == OptionDataType.RECORD ? recordFields : List.of(type);
        for (int i = 0; i < fields.size(); i++) {
            OptionDataType field = fields.get(i);
            boolean last = i == fields.size() - 1;
            if (type == OptionDataType.RECORD && !field.isField()) {
                throw new IllegalArgumentException("option " + name + ": a record field cannot be " + field.keaName());
            }
            if (field.takesRest() && (!last || array)) {
                throw new IllegalArgumentException("option " + name + ": " + field.keaName() + " takes the rest of the "
                    + "option, so it can only be the last field and never repeat");
            }
        }
        if (array && type == OptionDataType.EMPTY) {
            throw new IllegalArgumentException("option " + name + ": an empty option cannot be an array");
        }
    }

    /** A top-level option of one value. */
    public OptionDefinition(int code, String name, OptionDataType type) {
        this(code, name, OptionSpace.DHCP4, type, false, List.of(), Optional.empty());
    }

    /** A top-level option of one or more values of a type. */
    public static OptionDefinition arrayOf(int code, String name, OptionDataType type) {
        return new OptionDefinition(code, name, OptionSpace.DHCP4, type, true, List.of(), Optional.empty());
    }

    /** A top-level record; with {@code lastRepeats} its last field is an array. */
    public static OptionDefinition record(int code, String name, boolean lastRepeats, OptionDataType... fields) {
        return new OptionDefinition(code, name, OptionSpace.DHCP4, OptionDataType.RECORD, lastRepeats,
            List.of(fields), Optional.empty());
    }

    /** A top-level option whose data is the sub-options of another space. */
    public static OptionDefinition container(int code, String name, String subOptionSpace) {
        return new OptionDefinition(code, name, OptionSpace.DHCP4, OptionDataType.EMPTY, false, List.of(),
            Optional.of(subOptionSpace));
    }

    public OptionKey key() {
        return new OptionKey(space, code);
    }

    /** The fields in wire order: the record's, or the one plain type (repeated when {@link #array}). */
    public List<OptionDataType> fields() {
        return type == OptionDataType.RECORD ? recordFields : List.of(type);
    }

    /** How the type reads in configuration, e.g. "ipv4-address[]" or "record(uint8, fqdn[])". */
    public String describeType() {
        if (type != OptionDataType.RECORD) {
            return type.keaName() + (array ? "[]" : "");
        }
        StringBuilder text = new StringBuilder("record(");
        for (int i = 0; i < recordFields.size(); i++) {
            text.append(i == 0 ? "" : ", ").append(recordFields.get(i).keaName());
        }
        return text.append(array ? "[])" : ")").toString();
    }
}
