package org.takahe.dhcp.wire.v6;

import java.net.Inet6Address;
import java.nio.ByteBuffer;
import java.util.Optional;
import org.takahe.dhcp.wire.Ipv6Bytes;
import org.takahe.dhcp.wire.Octets;

/** Field helpers shared by the DHCPv6 records: fixed-width reads and writes, and the checks around them. */
final class Wire6 {
    static final long MAX_UINT32 = 0xffffffffL;
    /** IANA hardware type 1, whose addresses are six bytes. */
    static final int HTYPE_ETHERNET = 1;

    private Wire6() {
    }

    /** A big-endian buffer over a copy of the data. */
    static ByteBuffer buffer(Octets data) {
        return ByteBuffer.wrap(data.toByteArray());
    }

    static long uint32(ByteBuffer in) {
        return in.getInt() & MAX_UINT32;
    }

    static Inet6Address address(ByteBuffer in) {
        byte[] bytes = new byte[16];
        in.get(bytes);
        return Ipv6Bytes.of(bytes);
    }

    static Octets rest(ByteBuffer in) {
        byte[] bytes = new byte[in.remaining()];
        in.get(bytes);
        return Octets.of(bytes);
    }

    /** @throws IllegalArgumentException naming the field if the value does not fit 32 unsigned bits */
    static void checkUint32(String field, long value) {
        if (value < 0 || value > MAX_UINT32) {
            throw new IllegalArgumentException(field + " " + value + " does not fit 32 unsigned bits");
        }
    }

    /** @throws IllegalArgumentException naming the field if the value does not fit 16 unsigned bits */
    static void checkUint16(String field, int value) {
        if (value < 0 || value > 0xffff) {
            throw new IllegalArgumentException(field + " " + value + " does not fit 16 unsigned bits");
        }
    }

    /** Throws {@link MalformedDhcp6Exception.Reason#INVALID_OPTION} if an option is shorter than its fixed fields. */
    static void requireLength(String option, Octets data, int fixed) throws MalformedDhcp6Exception {
        if (data.length() < fixed) {
            throw new MalformedDhcp6Exception(MalformedDhcp6Exception.Reason.INVALID_OPTION,
                option + " of " + data.length() + " bytes, its fixed fields take " + fixed);
        }
    }

    /** An Ethernet address as "52:54:00:12:34:56", from a hardware type and address (DUID-LL/LLT, RFC 6939). */
    static Optional<String> ethernet(int hardwareType, Octets address) {
        return hardwareType == HTYPE_ETHERNET && address.length() == 6 ? Optional.of(address.toColonHex())
            : Optional.empty();
    }
}
