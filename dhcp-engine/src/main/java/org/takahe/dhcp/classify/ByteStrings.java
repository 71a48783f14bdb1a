package org.takahe.dhcp.classify;

import java.nio.charset.StandardCharsets;
import org.takahe.dhcp.wire.Octets;

/** The few byte-string operations expressions need; every value in the language is a byte string. */
final class ByteStrings {
    static final Octets TRUE = utf8("true");
    static final Octets FALSE = utf8("false");

    private ByteStrings() {
    }

    static Octets utf8(String text) {
        return Octets.of(text.getBytes(StandardCharsets.UTF_8));
    }

    /** Numbers are 32-bit unsigned, four bytes in network order, as Kea represents them. */
    static Octets uint32(long value) {
        return Octets.of((byte) (value >>> 24), (byte) (value >>> 16), (byte) (value >>> 8), (byte) value);
    }

    /** Bytes {@code from} (inclusive) to {@code to} (exclusive); callers keep both within the string. */
    static Octets slice(Octets source, int from, int to) {
        if (from == 0 && to == source.length()) {
            return source;
        }
        byte[] part = new byte[to - from];
        for (int i = from; i < to; i++) {
            part[i - from] = source.get(i);
        }
        return Octets.of(part);
    }

    static Octets concat(Octets first, Octets second) {
        if (first.length() == 0) {
            return second;
        }
        if (second.length() == 0) {
            return first;
        }
        byte[] joined = new byte[first.length() + second.length()];
        for (int i = 0; i < first.length(); i++) {
            joined[i] = first.get(i);
        }
        for (int i = 0; i < second.length(); i++) {
            joined[first.length() + i] = second.get(i);
        }
        return Octets.of(joined);
    }
}
