package org.takahe.dhcp.wire;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;

/**
 * Conversions between IPv6 addresses, their sixteen bytes and their text. {@link InetAddress#getByAddress(byte[])}
 * turns IPv4-mapped bytes (::ffff:a.b.c.d) into an {@link Inet4Address}; everything here always gives an
 * {@link Inet6Address}, so a peer cannot make a field change type by sending such an address.
 */
public final class Ipv6Bytes {
    /** ::, the unspecified address. */
    public static final Inet6Address ANY = of(new byte[16]);

    private static final int GROUPS = 8;

    private Ipv6Bytes() {
    }

    /** @throws IllegalArgumentException unless given exactly 16 bytes */
    public static Inet6Address of(byte[] sixteen) {
        if (sixteen.length != 16) {
            throw new IllegalArgumentException("an IPv6 address has 16 bytes, not " + sixteen.length);
        }
        try {
            // A negative scope id means "no scope", so the address prints and compares without one.
            return Inet6Address.getByAddress(null, sixteen, -1);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /**
     * Reads an address literal such as "2001:db8::1" or "::ffff:198.18.0.1"; empty for anything else, including
     * host names (never looked up), scope ids and brackets.
     */
    public static Optional<Inet6Address> fromText(String text) {
        if (text.indexOf(':') < 0 || !text.chars().allMatch(c -> c == ':' || c == '.' || Character.digit(c, 16) >= 0)) {
            return Optional.empty();
        }
        try {
            InetAddress parsed = Inet6Address.ofLiteral(text);
            return Optional.of(of(parsed instanceof Inet4Address mapped ? mapped(mapped) : parsed.getAddress()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The RFC 5952 text: lower-case hex, leading zeros dropped, the longest run of two or more zero groups as "::". */
    public static String toText(Inet6Address address) {
        byte[] bytes = address.getAddress();
        int[] groups = new int[GROUPS];
        for (int i = 0; i < GROUPS; i++) {
            groups[i] = (bytes[2 * i] & 0xff) << 8 | bytes[2 * i + 1] & 0xff;
        }
        int bestStart = -1;
        int bestLength = 1;
        for (int i = 0; i < GROUPS; i++) {
            int length = 0;
            while (i + length < GROUPS && groups[i + length] == 0) {
                length++;
            }
            if (length > bestLength) {
                bestStart = i;
                bestLength = length;
            }
        }
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < GROUPS; i++) {
            if (i == bestStart) {
                text.append("::");
                i += bestLength - 1;
                continue;
            }
            if (!text.isEmpty() && text.charAt(text.length() - 1) != ':') {
                text.append(':');
            }
            text.append(Integer.toHexString(groups[i]));
        }
        return text.toString();
    }

    private static byte[] mapped(Inet4Address address) {
        byte[] bytes = new byte[16];
        bytes[10] = (byte) 0xff;
        bytes[11] = (byte) 0xff;
        System.arraycopy(address.getAddress(), 0, bytes, 12, 4);
        return bytes;
    }
}
