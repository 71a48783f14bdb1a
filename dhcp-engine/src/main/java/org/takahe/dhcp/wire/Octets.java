package org.takahe.dhcp.wire;

import java.util.Arrays;
import java.util.HexFormat;

/**
 * An immutable byte string. Records holding a {@code byte[]} would compare by identity and leak
 * their array; this wrapper copies in and out and compares by content.
 */
public final class Octets {
    private static final Octets EMPTY = new Octets(new byte[0]);

    private final byte[] bytes;

    private Octets(byte[] bytes) {
        this.bytes = bytes;
    }

    public static Octets of(byte... bytes) {
        return new Octets(bytes.clone());
    }

    public static Octets empty() {
        return EMPTY;
    }

    public static Octets zeros(int length) {
        return new Octets(new byte[length]);
    }

    /** Parses hex digits, optionally separated by ':' (as in "52:54:00:12:34:56"). */
    public static Octets fromHex(String hex) {
        return new Octets(HexFormat.of().parseHex(hex.replace(":", "")));
    }

    public int length() {
        return bytes.length;
    }

    public byte get(int index) {
        return bytes[index];
    }

    public byte[] toByteArray() {
        return bytes.clone();
    }

    /** The first {@code length} bytes (all of them when shorter). */
    public Octets prefix(int length) {
        return length >= bytes.length ? this : new Octets(Arrays.copyOf(bytes, length));
    }

    /** This string padded with zeros (or cut) to exactly {@code length} bytes. */
    public Octets resized(int length) {
        return length == bytes.length ? this : new Octets(Arrays.copyOf(bytes, length));
    }

    /** Lower-case hex without separators, e.g. "01525400123456". */
    public String toHex() {
        return HexFormat.of().formatHex(bytes);
    }

    /** Lower-case hex with ':' between bytes, e.g. "52:54:00:12:34:56". */
    public String toColonHex() {
        return HexFormat.ofDelimiter(":").formatHex(bytes);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Octets o && Arrays.equals(bytes, o.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return toColonHex();
    }
}
