package org.takahe.dhcp.hooks.api;

import java.net.Inet4Address;

/**
 * A configured subnet as callouts see it.
 *
 * @param id the operator's name for it (the allocation-range id)
 * @param network the network address, host bits zero
 * @param prefixLength 0..32
 */
public record SubnetInfo(String id, Inet4Address network, int prefixLength) {

    /** The prefix in the usual notation, e.g. "198.18.0.0/24". */
    public String prefix() {
        return network.getHostAddress() + "/" + prefixLength;
    }

    public boolean contains(Inet4Address address) {
        int mask = prefixLength == 0 ? 0 : -1 << (32 - prefixLength);
        return (toInt(address) & mask) == (toInt(network) & mask);
    }

    private static int toInt(Inet4Address address) {
        byte[] b = address.getAddress();
        return (b[0] & 0xff) << 24 | (b[1] & 0xff) << 16 | (b[2] & 0xff) << 8 | (b[3] & 0xff);
    }
}
