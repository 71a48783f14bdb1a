package org.takahe.dhcp.wire;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The encapsulated sub-options of a container option (43, RFC 2132 §8.4; the data of each RFC 3925
 * enterprise): code, length, data, in the same layout as the options of the message itself.
 */
public final class SubOptions {
    private SubOptions() {
    }

    /** Sub-options in order; data longer than 255 bytes is split into consecutive instances (RFC 3396). */
    public static Octets encode(List<RawOption> subOptions) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        subOptions.forEach(o -> Dhcp4Codec.writeOption(out, o));
        return Octets.of(out.toByteArray());
    }

    /** The sub-options of a container's data; pads are skipped, END stops; empty if a length runs past the end. */
    public static Optional<List<RawOption>> decode(Octets data) {
        List<RawOption> found = new ArrayList<>();
        int at = 0;
        while (at < data.length()) {
            int code = data.get(at) & 0xff;
            if (code == 0) {
                at++;
                continue;
            }
            if (code == 255) {
                break;
            }
            if (at + 2 > data.length() || at + 2 + (data.get(at + 1) & 0xff) > data.length()) {
                return Optional.empty();
            }
            int length = data.get(at + 1) & 0xff;
            byte[] value = new byte[length];
            for (int i = 0; i < length; i++) {
                value[i] = data.get(at + 2 + i);
            }
            found.add(new RawOption(code, Octets.of(value)));
            at += 2 + length;
        }
        return Optional.of(found);
    }
}
