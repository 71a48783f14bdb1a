package org.takahe.dhcp.wire;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.UnknownHostException;

/** Conversions between addresses and their four network-order bytes, kept here so wire needs no other package. */
public final class Ipv4Bytes {
    /** 0.0.0.0, the "no address" value of the BOOTP address fields. */
    public static final Inet4Address ANY = of(new byte[4]);

    private Ipv4Bytes() {
    }

    public static Inet4Address of(byte[] four) {
        try {
            return (Inet4Address) InetAddress.getByAddress(four);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("an IPv4 address has 4 bytes, not " + four.length, e);
        }
    }

    public static boolean isAny(Inet4Address address) {
        return address.equals(ANY);
    }
}
