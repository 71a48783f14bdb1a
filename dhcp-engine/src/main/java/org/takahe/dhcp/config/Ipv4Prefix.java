package org.takahe.dhcp.config;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.UnknownHostException;

/** An IPv4 network: address and prefix length, host bits zero. */
public record Ipv4Prefix(int network, int length) {

    public Ipv4Prefix {
        if (length < 0 || length > 32) {
            throw new IllegalArgumentException("prefix length " + length + " is not in 0..32");
        }
        network &= mask(length);
    }

    /** Parses "198.18.0.0/24". */
    public static Ipv4Prefix parse(String text) {
        int slash = text.indexOf('/');
        if (slash < 0) {
            throw new IllegalArgumentException("'" + text + "' is not an IPv4 prefix (address/length)");
        }
        return new Ipv4Prefix(Ipv4.toInt(Ipv4.parse(text.substring(0, slash))),
            Integer.parseInt(text.substring(slash + 1)));
    }

    public int mask() {
        return mask(length);
    }

    public boolean contains(Inet4Address address) {
        return contains(Ipv4.toInt(address));
    }

    public boolean contains(int address) {
        return (address & mask()) == network;
    }

    public Inet4Address networkAddress() {
        return Ipv4.fromInt(network);
    }

    public Inet4Address maskAddress() {
        return Ipv4.fromInt(mask());
    }

    private static int mask(int length) {
        return length == 0 ? 0 : -1 << (32 - length);
    }

    @Override
    public String toString() {
        return networkAddress().getHostAddress() + "/" + length;
    }

    /** Small helpers for IPv4 addresses as unsigned 32-bit integers. */
    public static final class Ipv4 {
        private Ipv4() {
        }

        public static int toInt(Inet4Address address) {
            byte[] b = address.getAddress();
            return (b[0] & 0xff) << 24 | (b[1] & 0xff) << 16 | (b[2] & 0xff) << 8 | (b[3] & 0xff);
        }

        public static Inet4Address fromInt(int value) {
            try {
                return (Inet4Address) InetAddress.getByAddress(new byte[] {
                    (byte) (value >>> 24), (byte) (value >>> 16), (byte) (value >>> 8), (byte) value});
            } catch (UnknownHostException e) {
                throw new AssertionError("four bytes are always an address", e);
            }
        }

        /** Parses a dotted quad without any name lookup. */
        public static Inet4Address parse(String text) {
            String[] parts = text.split("\\.", -1);
            if (parts.length != 4) {
                throw new IllegalArgumentException("'" + text + "' is not an IPv4 address");
            }
            int value = 0;
            for (String part : parts) {
                int octet;
                try {
                    octet = Integer.parseInt(part);
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("'" + text + "' is not an IPv4 address", e);
                }
                if (octet < 0 || octet > 255 || part.isEmpty() || part.length() > 3) {
                    throw new IllegalArgumentException("'" + text + "' is not an IPv4 address");
                }
                value = value << 8 | octet;
            }
            return fromInt(value);
        }
    }
}
