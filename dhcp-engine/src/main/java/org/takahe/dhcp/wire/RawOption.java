package org.takahe.dhcp.wire;

/** One option as carried: its code and its data (already joined if it was split, RFC 3396). */
public record RawOption(int code, Octets data) {

    public RawOption {
        if (code < 1 || code > 254) {
            throw new IllegalArgumentException("option code " + code + " is not in 1..254");
        }
    }
}
