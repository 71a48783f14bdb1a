package org.takahe.dhcp.wire;

/** The data layout of an option; {@link OptionCodec} turns each into an {@link OptionValue}. */
public enum OptionFormat {
    /** One unsigned byte. */
    UINT8,
    /** Two bytes, network order. */
    UINT16,
    /** Four bytes, network order, unsigned. */
    UINT32,
    /** One IPv4 address. */
    IPV4_ADDRESS,
    /** One or more IPv4 addresses. */
    IPV4_ADDRESS_LIST,
    /** One or more unsigned bytes. */
    UINT8_LIST,
    /** Text of at least one byte. */
    STRING,
    /** Bytes kept as they are. */
    BINARY
}
