package org.takahe.netconf.framing;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Frames outbound NETCONF messages (RFC 6242 §4): end-of-message marker until
 * {@link #useChunked()}, then chunks of at most {@link FramingLimits#maxChunkBytes()}.
 * Each message is flushed whole. Used by one thread at a time.
 */
public final class FrameWriter {

    private static final byte[] END_OF_MESSAGE = "]]>]]>".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] END_OF_CHUNKS = "\n##\n".getBytes(StandardCharsets.US_ASCII);

    private final OutputStream out;
    private final int maxChunkBytes;
    private boolean chunked;

    public FrameWriter(OutputStream out, FramingLimits limits) {
        this.out = out;
        this.maxChunkBytes = limits.maxChunkBytes();
    }

    /** From the next message on, write chunked framing. */
    public void useChunked() {
        chunked = true;
    }

    public void write(byte[] message) throws IOException {
        if (chunked) {
            for (int offset = 0; offset < message.length; offset += maxChunkBytes) {
                int size = Math.min(maxChunkBytes, message.length - offset);
                out.write(("\n#" + size + "\n").getBytes(StandardCharsets.US_ASCII));
                out.write(message, offset, size);
            }
            out.write(END_OF_CHUNKS);
        } else {
            out.write(message);
            out.write(END_OF_MESSAGE);
        }
        out.flush();
    }
}
