package org.takahe.dhcp.hooks.api;

import java.util.Arrays;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The options of a DHCPv4 message as raw bytes, in message order, one entry per code (an option split over several
 * instances arrives joined, RFC 3396). Immutable: bytes are copied in and out.
 */
public final class PacketOptions {
    private static final PacketOptions NONE = new PacketOptions(new LinkedHashMap<>());

    private final Map<Integer, byte[]> data;

    private PacketOptions(LinkedHashMap<Integer, byte[]> data) {
        this.data = Collections.unmodifiableMap(data);
    }

    public static PacketOptions none() {
        return NONE;
    }

    /** The options in the map's iteration order; codes must be 1..254 (0 and 255 are pad and end). */
    public static PacketOptions of(Map<Integer, byte[]> options) {
        LinkedHashMap<Integer, byte[]> copy = new LinkedHashMap<>();
        options.forEach((code, bytes) -> copy.put(checkCode(code), bytes.clone()));
        return new PacketOptions(copy);
    }

    /** The option codes present, in message order. */
    public List<Integer> codes() {
        return List.copyOf(data.keySet());
    }

    public boolean contains(int code) {
        return data.containsKey(code);
    }

    /** A copy of the option's data, or empty if the message does not carry it. */
    public Optional<byte[]> get(int code) {
        byte[] bytes = data.get(code);
        return bytes == null ? Optional.empty() : Optional.of(bytes.clone());
    }

    /** These options with {@code code} set to {@code bytes}: replaced in place if present, else added at the end. */
    public PacketOptions with(int code, byte[] bytes) {
        LinkedHashMap<Integer, byte[]> copy = new LinkedHashMap<>(data);
        copy.put(checkCode(code), bytes.clone());
        return new PacketOptions(copy);
    }

    /** These options without {@code code}. */
    public PacketOptions without(int code) {
        if (!data.containsKey(code)) {
            return this;
        }
        LinkedHashMap<Integer, byte[]> copy = new LinkedHashMap<>(data);
        copy.remove(code);
        return new PacketOptions(copy);
    }

    private static int checkCode(int code) {
        if (code < 1 || code > 254) {
            throw new IllegalArgumentException("option code " + code + " is not in 1..254");
        }
        return code;
    }

    @Override
    public boolean equals(Object other) {
        if (!(other instanceof PacketOptions o) || !o.data.keySet().equals(data.keySet())) {
            return false;
        }
        return data.entrySet().stream().allMatch(e -> Arrays.equals(e.getValue(), o.data.get(e.getKey())));
    }

    @Override
    public int hashCode() {
        int hash = 0;
        for (Map.Entry<Integer, byte[]> e : data.entrySet()) {
            hash += e.getKey() ^ Arrays.hashCode(e.getValue());
        }
        return hash;
    }

    @Override
    public String toString() {
        StringBuilder out = new StringBuilder("{");
        data.forEach((code, bytes) -> out.append(out.length() > 1 ? ", " : "").append(code).append('=')
            .append(HexFormat.of().formatHex(bytes)));
        return out.append('}').toString();
    }
}
