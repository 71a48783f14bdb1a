package org.takahe.dhcp.wire;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * The layout shared by the V-I vendor class (124) and V-I vendor-specific information (125) options of
 * RFC 3925: blocks of enterprise number (4 bytes), data length (1 byte) and data, one after another.
 */
public final class VendorIdentifyingOptions {
    private static final int MAX_BLOCK_DATA = 255;

    private VendorIdentifyingOptions() {
    }

    /** One enterprise's data; for 125 it is that enterprise's sub-options, see {@link SubOptions}. */
    public record Block(long enterpriseNumber, Octets data) {
    }

    /** Data longer than one block holds is carried in several blocks of the same enterprise. */
    public static Octets encode(List<Block> blocks) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Block block : blocks) {
            byte[] data = block.data().toByteArray();
            int offset = 0;
            do {
                int chunk = Math.min(MAX_BLOCK_DATA, data.length - offset);
                long number = block.enterpriseNumber();
                out.write((int) (number >>> 24));
                out.write((int) (number >>> 16));
                out.write((int) (number >>> 8));
                out.write((int) number);
                out.write(chunk);
                out.write(data, offset, chunk);
                offset += chunk;
            } while (offset < data.length);
        }
        return Octets.of(out.toByteArray());
    }

    /** The blocks of a received option; reading stops at the first one that runs past the end. */
    public static List<Block> decode(Octets data) {
        List<Block> blocks = new ArrayList<>();
        int at = 0;
        while (at + 5 <= data.length()) {
            long number = 0;
            for (int i = 0; i < 4; i++) {
                number = number << 8 | (data.get(at + i) & 0xff);
            }
            int length = data.get(at + 4) & 0xff;
            if (at + 5 + length > data.length()) {
                break;
            }
            byte[] value = new byte[length];
            for (int i = 0; i < length; i++) {
                value[i] = data.get(at + 5 + i);
            }
            blocks.add(new Block(number, Octets.of(value)));
            at += 5 + length;
        }
        return blocks;
    }
}
