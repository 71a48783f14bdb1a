package org.takahe.dhcp.wire.v6;

import org.takahe.dhcp.wire.Octets;

/** One DHCPv6 option as carried (RFC 8415 §21.1): a 16-bit code and up to 65535 bytes of data. */
public record RawOption6(int code, Octets data) {

    public static final int MAX_CODE = 0xffff;
    public static final int MAX_LENGTH = 0xffff;

    /** @throws IllegalArgumentException if the code or the length does not fit 16 bits */
    public RawOption6 {
        if (code < 0 || code > MAX_CODE) {
            throw new IllegalArgumentException("option code " + code + " is not in 0..65535");
        }
        if (data.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("option " + code + " holds " + data.length() + " bytes, at most "
                + MAX_LENGTH + " fit");
        }
    }

    /** An option without data, such as RAPID_COMMIT. */
    public static RawOption6 flag(int code) {
        return new RawOption6(code, Octets.empty());
    }

    /** Code, length and data. */
    public int wireLength() {
        return 4 + data.length();
    }
}
