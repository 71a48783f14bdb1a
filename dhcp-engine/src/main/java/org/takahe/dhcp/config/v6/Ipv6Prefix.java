package org.takahe.dhcp.config.v6;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * An IPv6 network as two 64-bit halves and a prefix length, host bits zero: cheap to compare and to step through,
 * which pool walking does for every candidate.
 */
public record Ipv6Prefix(long high, long low, int length) {

    public Ipv6Prefix {
        if (length < 0 || length > 128) {
            throw new IllegalArgumentException("prefix length " + length + " is not in 0..128");
        }
        high &= highMask(length);
        low &= lowMask(length);
    }

    /** Parses "2001:db8:1::/64". */
    public static Ipv6Prefix parse(String text) {
        int slash = text.indexOf('/');
        if (slash < 0) {
            throw new IllegalArgumentException("'" + text + "' is not an IPv6 prefix (address/length)");
        }
        Inet6Address address = parseAddress(text.substring(0, slash));
        return of(address, Integer.parseInt(text.substring(slash + 1)));
    }

    public static Ipv6Prefix of(Inet6Address address, int length) {
        return new Ipv6Prefix(high(address), low(address), length);
    }

    public boolean contains(Inet6Address address) {
        return contains(high(address), low(address));
    }

    public boolean contains(long addressHigh, long addressLow) {
        return (addressHigh & highMask(length)) == high && (addressLow & lowMask(length)) == low;
    }

    /** Whether the other prefix lies wholly inside this one. */
    public boolean contains(Ipv6Prefix other) {
        return other.length >= length && contains(other.high, other.low);
    }

    public Inet6Address networkAddress() {
        return toAddress(high, low);
    }

    /** How many prefixes of {@code delegatedLength} this prefix holds, saturated at {@link Long#MAX_VALUE}. */
    public long count(int delegatedLength) {
        int bits = delegatedLength - length;
        if (bits < 0) {
            return 0;
        }
        return bits >= 63 ? Long.MAX_VALUE : 1L << bits;
    }

    @Override
    public String toString() {
        return org.takahe.dhcp.wire.Ipv6Bytes.toText(networkAddress()) + "/" + length;
    }

    /** The upper 64 bits of an address. */
    public static long high(Inet6Address address) {
        return half(address.getAddress(), 0);
    }

    /** The lower 64 bits of an address. */
    public static long low(Inet6Address address) {
        return half(address.getAddress(), 8);
    }

    private static long half(byte[] bytes, int from) {
        long value = 0;
        for (int i = from; i < from + 8; i++) {
            value = value << 8 | (bytes[i] & 0xff);
        }
        return value;
    }

    public static Inet6Address toAddress(long high, long low) {
        byte[] bytes = new byte[16];
        for (int i = 0; i < 8; i++) {
            bytes[i] = (byte) (high >>> (56 - 8 * i));
            bytes[8 + i] = (byte) (low >>> (56 - 8 * i));
        }
        try {
            return (Inet6Address) InetAddress.getByAddress(bytes);
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e); // sixteen bytes always make an address
        }
    }

    /** Parses an IPv6 address literal without any name lookup. */
    public static Inet6Address parseAddress(String text) {
        if (text.indexOf(':') < 0) {
            throw new IllegalArgumentException("'" + text + "' is not an IPv6 address");
        }
        try {
            InetAddress parsed = InetAddress.ofLiteral(text);
            if (parsed instanceof Inet6Address v6) {
                return v6;
            }
        } catch (IllegalArgumentException e) {
            // reported below with the text
        }
        throw new IllegalArgumentException("'" + text + "' is not an IPv6 address");
    }

    private static long highMask(int length) {
        return length == 0 ? 0 : length >= 64 ? -1L : -1L << (64 - length);
    }

    private static long lowMask(int length) {
        return length <= 64 ? 0 : length == 128 ? -1L : -1L << (128 - length);
    }
}
