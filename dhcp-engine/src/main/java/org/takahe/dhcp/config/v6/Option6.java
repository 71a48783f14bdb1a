package org.takahe.dhcp.config.v6;

import java.util.Arrays;
import java.util.HexFormat;

/**
 * One configured DHCPv6 option, already encoded: its 16-bit code and its data as it goes on the wire. The data is
 * copied in and out, so the record stays immutable.
 */
public record Option6(int code, byte[] data) {

    public Option6 {
        if (code < 1 || code > 0xffff) {
            throw new IllegalArgumentException("option code " + code + " is not in 1..65535");
        }
        data = data.clone();
    }

    @Override
    public byte[] data() {
        return data.clone();
    }

    public int length() {
        return data.length;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Option6(int otherCode, byte[] otherData) && otherCode == code
            && Arrays.equals(otherData, data);
    }

    @Override
    public int hashCode() {
        return 31 * code + Arrays.hashCode(data);
    }

    @Override
    public String toString() {
        return "option " + code + " [" + HexFormat.of().formatHex(data) + "]";
    }
}
