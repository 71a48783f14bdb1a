package org.takahe.dhcp.wire;

import java.util.Arrays;
import java.util.Optional;

/**
 * The type of one field of an option, named as Kea names them so operators can carry definitions over.
 * {@link OptionFields} reads, writes, parses and formats each.
 */
public enum OptionDataType {
    /** No data at all (a flag option, or a container of sub-options). */
    EMPTY("empty"),
    /** Bytes as they are; in text form, hex digits. Takes the rest of the option. */
    BINARY("binary"),
    /** One byte, 0 or 1. */
    BOOLEAN("boolean"),
    INT8("int8"),
    INT16("int16"),
    INT32("int32"),
    UINT8("uint8"),
    UINT16("uint16"),
    UINT32("uint32"),
    IPV4_ADDRESS("ipv4-address"),
    /** Sixteen bytes; in text form RFC 4291 §2.2 notation, e.g. "2001:db8::1". */
    IPV6_ADDRESS("ipv6-address"),
    /** Text, UTF-8; takes the rest of the option. */
    STRING("string"),
    /** A domain name in DNS wire format (RFC 1035 §3.1, no compression), e.g. option 119's entries. */
    FQDN("fqdn"),
    /** One RFC 3442 route: prefix width, the significant octets of the destination, then the router. */
    CLASSLESS_ROUTE("classless-route"),
    /** Several fields of the types listed in the definition. */
    RECORD("record");

    private final String keaName;

    OptionDataType(String keaName) {
        this.keaName = keaName;
    }

    /** The name used in configuration, e.g. "ipv4-address". */
    public String keaName() {
        return keaName;
    }

    public static Optional<OptionDataType> byName(String name) {
        return Arrays.stream(values()).filter(t -> t.keaName.equals(name)).findFirst();
    }

    /** String and binary have no length of their own: they take whatever follows, so only the last field may be one. */
    public boolean takesRest() {
        return this == STRING || this == BINARY;
    }

    /** Types that can be a field of a record or an array element. */
    public boolean isField() {
        return this != EMPTY && this != RECORD;
    }
}
