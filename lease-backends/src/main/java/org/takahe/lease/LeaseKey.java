package org.takahe.lease;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * What a lease is on, as the store's primary key: the lease type and the address as two 64-bit halves (an IPv4
 * address is the low half), with the prefix length (32 for IPv4, 128 for an IPv6 address). Cheap to make, hash and
 * compare, so allocation can test candidates without building {@link InetAddress}es. Keys order by type, then
 * address as an unsigned number, then prefix length.
 *
 * @param high the upper 64 address bits (0 for IPv4)
 * @param low the lower 64 address bits (the unsigned 32-bit address for IPv4)
 * @param prefixLength 32 for {@link LeaseType#V4}, 128 for {@link LeaseType#NA}, the delegated length for
 *     {@link LeaseType#PD} (whose address bits beyond it are zero)
 */
public record LeaseKey(LeaseType type, long high, long low, int prefixLength) implements Comparable<LeaseKey> {

    public LeaseKey {
        boolean valid = switch (type) {
            case V4 -> high == 0 && (low >>> 32) == 0 && prefixLength == 32;
            case NA -> prefixLength == 128;
            case PD -> prefixLength >= 0 && prefixLength <= 128
                && (high & ~highMask(prefixLength)) == 0 && (low & ~lowMask(prefixLength)) == 0;
        };
        if (!valid) {
            throw new IllegalArgumentException("not a " + type + " lease key: " + Long.toHexString(high) + ":"
                + Long.toHexString(low) + "/" + prefixLength);
        }
    }

    /** The key of an IPv4 address given as an unsigned 32-bit number. */
    public static LeaseKey v4(int address) {
        return new LeaseKey(LeaseType.V4, 0, Integer.toUnsignedLong(address), 32);
    }

    public static LeaseKey v4(Inet4Address address) {
        byte[] b = address.getAddress();
        return v4((b[0] & 0xff) << 24 | (b[1] & 0xff) << 16 | (b[2] & 0xff) << 8 | (b[3] & 0xff));
    }

    /** The key of an IPv6 address leased to an IA_NA. */
    public static LeaseKey na(long high, long low) {
        return new LeaseKey(LeaseType.NA, high, low, 128);
    }

    public static LeaseKey na(Inet6Address address) {
        byte[] b = address.getAddress();
        return na(half(b, 0), half(b, 8));
    }

    /** The key of a prefix delegated to an IA_PD; address bits beyond {@code length} must be zero. */
    public static LeaseKey pd(long high, long low, int length) {
        return new LeaseKey(LeaseType.PD, high, low, length);
    }

    public static LeaseKey pd(Inet6Address prefix, int length) {
        byte[] b = prefix.getAddress();
        return pd(half(b, 0), half(b, 8), length);
    }

    /** The unsigned 32-bit IPv4 address of a {@link LeaseType#V4} key. */
    public int v4Value() {
        return (int) low;
    }

    /** The address (the prefix's first address for {@link LeaseType#PD}): allocates, keep it off hot paths. */
    public InetAddress address() {
        byte[] bytes;
        if (type == LeaseType.V4) {
            bytes = new byte[] {(byte) (low >>> 24), (byte) (low >>> 16), (byte) (low >>> 8), (byte) low};
        } else {
            bytes = new byte[16];
            for (int i = 0; i < 8; i++) {
                bytes[i] = (byte) (high >>> (56 - 8 * i));
                bytes[8 + i] = (byte) (low >>> (56 - 8 * i));
            }
        }
        try {
            return InetAddress.getByAddress(bytes);
        } catch (UnknownHostException e) {
            throw new AssertionError("4 or 16 bytes are always an address", e);
        }
    }

    @Override
    public int compareTo(LeaseKey other) {
        int order = type.compareTo(other.type);
        if (order == 0) {
            order = Long.compareUnsigned(high, other.high);
        }
        if (order == 0) {
            order = Long.compareUnsigned(low, other.low);
        }
        return order != 0 ? order : Integer.compare(prefixLength, other.prefixLength);
    }

    @Override
    public int hashCode() {
        long mixed = (high * 0x9E3779B97F4A7C15L) ^ low ^ ((long) prefixLength << 56) ^ type.ordinal();
        return (int) (mixed ^ (mixed >>> 32));
    }

    /** "198.18.0.10", "2001:db8::10" or "2001:db8:1:100::/56", IPv6 in its RFC 5952 form. */
    @Override
    public String toString() {
        return switch (type) {
            case V4 -> (low >>> 24) + "." + (low >>> 16 & 0xff) + "." + (low >>> 8 & 0xff) + "." + (low & 0xff);
            case NA -> ipv6Text(high, low);
            case PD -> ipv6Text(high, low) + "/" + prefixLength;
        };
    }

    /** The RFC 5952 text of an IPv6 address: lower-case hex, the longest run of two or more zero groups as "::". */
    public static String ipv6Text(long high, long low) {
        int[] groups = new int[8];
        for (int i = 0; i < 4; i++) {
            groups[i] = (int) (high >>> (48 - 16 * i)) & 0xffff;
            groups[4 + i] = (int) (low >>> (48 - 16 * i)) & 0xffff;
        }
        int bestStart = -1;
        int bestLength = 1;
        for (int i = 0; i < 8; ) {
            int j = i;
            while (j < 8 && groups[j] == 0) {
                j++;
            }
            if (j - i > bestLength) {
                bestStart = i;
                bestLength = j - i;
            }
            i = j == i ? i + 1 : j;
        }
        StringBuilder text = new StringBuilder(39);
        for (int i = 0; i < 8; i++) {
            if (i == bestStart) {
                text.append("::");
                i += bestLength - 1;
                continue;
            }
            if (text.length() > 0 && text.charAt(text.length() - 1) != ':') {
                text.append(':');
            }
            text.append(Integer.toHexString(groups[i]));
        }
        return text.toString();
    }

    private static long half(byte[] bytes, int from) {
        long value = 0;
        for (int i = from; i < from + 8; i++) {
            value = value << 8 | (bytes[i] & 0xff);
        }
        return value;
    }

    private static long highMask(int length) {
        return length == 0 ? 0 : length >= 64 ? -1L : -1L << (64 - length);
    }

    private static long lowMask(int length) {
        return length <= 64 ? 0 : length == 128 ? -1L : -1L << (128 - length);
    }
}
