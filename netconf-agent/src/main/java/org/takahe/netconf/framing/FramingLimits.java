package org.takahe.netconf.framing;

/**
 * Bounds that keep one peer from making the server buffer without limit.
 *
 * @param maxMessageBytes largest message accepted, after de-framing
 * @param maxChunkBytes largest chunk this side writes (a peer's chunk is bounded by maxMessageBytes)
 */
public record FramingLimits(int maxMessageBytes, int maxChunkBytes) {

    /** 64 MiB messages, 64 KiB outgoing chunks. */
    public static final FramingLimits DEFAULT = new FramingLimits(64 * 1024 * 1024, 64 * 1024);

    public FramingLimits {
        if (maxMessageBytes < 1 || maxChunkBytes < 1) {
            throw new IllegalArgumentException("framing limits must be positive");
        }
    }
}
