package org.takahe.dhcp.alloc;

/** The few unsigned 128-bit steps DHCPv6 pools need, on an address held as two longs. */
final class Uint128 {
    private Uint128() {
    }

    /** The high half of ({@code high}, {@code low}) + {@code n}, n not negative. */
    static long addHigh(long high, long low, long n) {
        return Long.compareUnsigned(low + n, low) < 0 ? high + 1 : high;
    }

    /** The high half of ({@code high}, {@code low}) - ({@code subHigh}, {@code subLow}). */
    static long subtractHigh(long high, long low, long subHigh, long subLow) {
        return high - subHigh - (Long.compareUnsigned(low, subLow) < 0 ? 1 : 0);
    }

    static int compare(long highA, long lowA, long highB, long lowB) {
        int order = Long.compareUnsigned(highA, highB);
        return order != 0 ? order : Long.compareUnsigned(lowA, lowB);
    }

    /** ({@code high}, {@code low}) shifted right by {@code bits} (0..128) as a long; -1 if that needs over 63 bits. */
    static long shiftRightToLong(long high, long low, int bits) {
        long resultHigh;
        long resultLow;
        if (bits == 0) {
            resultHigh = high;
            resultLow = low;
        } else if (bits < 64) {
            resultHigh = high >>> bits;
            resultLow = low >>> bits | high << (64 - bits);
        } else if (bits < 128) {
            resultHigh = 0;
            resultLow = high >>> (bits - 64);
        } else {
            return 0;
        }
        return resultHigh != 0 || resultLow < 0 ? -1 : resultLow;
    }

    /** The high half of {@code n} (not negative) shifted left by {@code bits} (0..127). */
    static long shiftLeftHigh(long n, int bits) {
        return bits == 0 ? 0 : bits < 64 ? n >>> (64 - bits) : n << (bits - 64);
    }

    /** The low half of {@code n} (not negative) shifted left by {@code bits} (0..127). */
    static long shiftLeftLow(long n, int bits) {
        return bits < 64 ? n << bits : 0;
    }
}
