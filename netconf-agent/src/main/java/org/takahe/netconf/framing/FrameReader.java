package org.takahe.netconf.framing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/**
 * Splits an inbound NETCONF byte stream into messages (RFC 6242 §4). Starts in end-of-message
 * mode, as the hellos always are; {@link #useChunked()} switches to chunked framing for every
 * following message once both peers have advertised base:1.1. Not thread-safe: one reader per
 * session, used by the session's own thread.
 */
public final class FrameReader {

    private static final byte[] END_OF_MESSAGE = "]]>]]>".getBytes(StandardCharsets.US_ASCII);
    /** RFC 6242 §4.2: chunk-size is at most 4294967295, i.e. ten digits. */
    private static final int MAX_CHUNK_SIZE_DIGITS = 10;

    private final InputStream in;
    private final int maxMessageBytes;
    private final byte[] readBuffer = new byte[8192];
    private int readPos;
    private int readLimit;
    private boolean chunked;

    public FrameReader(InputStream in, FramingLimits limits) {
        this.in = in;
        this.maxMessageBytes = limits.maxMessageBytes();
    }

    /** From the next message on, expect chunked framing. */
    public void useChunked() {
        chunked = true;
    }

    /**
     * Reads the next whole message.
     *
     * @return the message bytes, or empty when the stream ended cleanly between messages
     * @throws FramingException when the framing is broken; the stream cannot be resynchronised
     * @throws MessageTooBigException when the message exceeded the size limit; it has been read
     *     past and dropped, and the next call reads the message after it
     */
    public Optional<byte[]> read() throws IOException, FramingException, MessageTooBigException {
        return chunked ? readChunked() : readEndOfMessage();
    }

    private Optional<byte[]> readEndOfMessage() throws IOException, FramingException, MessageTooBigException {
        MessageBuffer message = new MessageBuffer(maxMessageBytes + END_OF_MESSAGE.length);
        while (true) {
            int b = next();
            if (b < 0) {
                if (message.isBlank()) {
                    return Optional.empty();
                }
                throw new FramingException("stream ended inside a message");
            }
            if (message.isFull()) {
                skipPastEndOfMessage(message.tail(END_OF_MESSAGE.length), b);
                throw new MessageTooBigException(maxMessageBytes);
            }
            message.append((byte) b);
            if (message.endsWith(END_OF_MESSAGE)) {
                return Optional.of(message.toArray(message.length() - END_OF_MESSAGE.length));
            }
        }
    }

    /** Discards bytes, starting with {@code b}, until the end of {@code window} plus them is "]]>]]>". */
    private void skipPastEndOfMessage(byte[] window, int b) throws IOException, FramingException {
        for (int next = b; next >= 0; next = next()) {
            System.arraycopy(window, 1, window, 0, window.length - 1);
            window[window.length - 1] = (byte) next;
            if (Arrays.equals(window, END_OF_MESSAGE)) {
                return;
            }
        }
        throw new FramingException("stream ended inside a message");
    }

    private Optional<byte[]> readChunked() throws IOException, FramingException, MessageTooBigException {
        int first = next();
        if (first < 0) {
            return Optional.empty();
        }
        MessageBuffer message = new MessageBuffer(maxMessageBytes);
        boolean firstChunk = true;
        boolean tooBig = false;
        int lf = first;
        while (true) {
            expect(lf, '\n');
            expect(next(), '#');
            long size = readChunkSize();
            if (size == 0) {
                if (firstChunk) {
                    throw new FramingException("end-of-chunks before any chunk");
                }
                if (tooBig) {
                    throw new MessageTooBigException(maxMessageBytes);
                }
                return Optional.of(message.toArray(message.length()));
            }
            // Past the limit the chunks are still read, to find the end of the message, but dropped.
            tooBig = tooBig || size > maxMessageBytes - message.length();
            if (tooBig) {
                skip(size);
            } else {
                readExactly(message, (int) size);
            }
            firstChunk = false;
            lf = next();
        }
    }

    /** Parses what follows "\n#": either "#\n" (end of chunks, returns 0) or a size and "\n". */
    private long readChunkSize() throws IOException, FramingException {
        int b = next();
        if (b == '#') {
            expect(next(), '\n');
            return 0;
        }
        if (b < '1' || b > '9') {
            throw new FramingException("bad chunk header");
        }
        long size = b - '0';
        for (int digits = 1; ; digits++) {
            b = next();
            if (b == '\n') {
                return size;
            }
            if (b < '0' || b > '9' || digits == MAX_CHUNK_SIZE_DIGITS) {
                throw new FramingException("bad chunk header");
            }
            size = size * 10 + (b - '0');
            if (size > 4_294_967_295L) {
                throw new FramingException("chunk size out of range");
            }
        }
    }

    private void expect(int actual, char wanted) throws FramingException {
        if (actual != wanted) {
            throw new FramingException(actual < 0 ? "stream ended inside a message" : "bad chunk header");
        }
    }

    private void readExactly(MessageBuffer message, int count) throws IOException, FramingException {
        int remaining = count;
        while (remaining > 0) {
            if (readPos == readLimit && !fill()) {
                throw new FramingException("stream ended inside a chunk");
            }
            int n = Math.min(remaining, readLimit - readPos);
            message.append(readBuffer, readPos, n);
            readPos += n;
            remaining -= n;
        }
    }

    private void skip(long count) throws IOException, FramingException {
        long remaining = count;
        while (remaining > 0) {
            if (readPos == readLimit && !fill()) {
                throw new FramingException("stream ended inside a chunk");
            }
            int n = (int) Math.min(remaining, readLimit - readPos);
            readPos += n;
            remaining -= n;
        }
    }

    private int next() throws IOException {
        if (readPos == readLimit && !fill()) {
            return -1;
        }
        return readBuffer[readPos++] & 0xff;
    }

    private boolean fill() throws IOException {
        int n = in.read(readBuffer);
        if (n <= 0) {
            return false;
        }
        readPos = 0;
        readLimit = n;
        return true;
    }

    /** A growable byte array with a hard cap. */
    private static final class MessageBuffer {
        private final int cap;
        private byte[] bytes = new byte[1024];
        private int length;

        MessageBuffer(int cap) {
            this.cap = cap;
        }

        int length() {
            return length;
        }

        boolean isFull() {
            return length == cap;
        }

        /** A copy of the last {@code count} bytes; the buffer holds at least that many. */
        byte[] tail(int count) {
            return Arrays.copyOfRange(bytes, length - count, length);
        }

        void append(byte b) throws FramingException {
            ensure(1);
            bytes[length++] = b;
        }

        void append(byte[] src, int offset, int count) throws FramingException {
            ensure(count);
            System.arraycopy(src, offset, bytes, length, count);
            length += count;
        }

        private void ensure(int more) throws FramingException {
            if (more > cap - length) {
                throw new FramingException("message exceeds the size limit");
            }
            if (length + more > bytes.length) {
                bytes = Arrays.copyOf(bytes, (int) Math.min(cap, Math.max(2L * bytes.length, length + more)));
            }
        }

        boolean endsWith(byte[] suffix) {
            return length >= suffix.length
                && Arrays.equals(bytes, length - suffix.length, length, suffix, 0, suffix.length);
        }

        /** Whitespace a peer may send after its last message is not a message. */
        boolean isBlank() {
            for (int i = 0; i < length; i++) {
                if (!Character.isWhitespace(bytes[i])) {
                    return false;
                }
            }
            return true;
        }

        byte[] toArray(int count) {
            return Arrays.copyOf(bytes, count);
        }
    }
}
