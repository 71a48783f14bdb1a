package org.takahe.netconf.framing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FrameReaderTest {

    private static final FramingLimits LIMITS = new FramingLimits(1024, 16);

    @Test
    void endOfMessageMarkerSplitsMessages() throws Exception {
        FrameReader reader = reader("<a/>]]>]]><b/>]]>]]>", 1000);
        assertMessage("<a/>", reader.read());
        assertMessage("<b/>", reader.read());
        assertTrue(reader.read().isEmpty());
    }

    @Test
    void endOfMessageMarkerSpanningReadsIsFound() throws Exception {
        FrameReader reader = reader("<hello/>]]>]]>", 3);
        assertMessage("<hello/>", reader.read());
        assertTrue(reader.read().isEmpty());
    }

    @Test
    void partialMarkerInsideMessageIsKeptAsData() throws Exception {
        assertMessage("<a>]]>]]</a>", reader("<a>]]>]]</a>]]>]]>", 1000).read());
    }

    @Test
    void whitespaceAfterLastEndOfMessageIsACleanEnd() throws Exception {
        FrameReader reader = reader("<a/>]]>]]>\n", 1000);
        reader.read();
        assertTrue(reader.read().isEmpty());
    }

    @Test
    void streamEndingInsideEndOfMessageFramingIsAnError() {
        assertThrows(FramingException.class, () -> reader("<a/>]]>", 1000).read());
    }

    @Test
    void singleChunkIsAMessage() throws Exception {
        FrameReader reader = chunked("\n#4\n<a/>\n##\n", 1000);
        assertMessage("<a/>", reader.read());
        assertTrue(reader.read().isEmpty());
    }

    @Test
    void multipleChunksAreJoined() throws Exception {
        assertMessage("<rpc/>", chunked("\n#2\n<r\n#3\npc/\n#1\n>\n##\n", 1000).read());
    }

    @Test
    void chunksSplitAcrossReadsAreJoined() throws Exception {
        FrameReader reader = chunked("\n#4\n<a/>\n##\n\n#11\n<b>text</b>\n##\n", 1);
        assertMessage("<a/>", reader.read());
        assertMessage("<b>text</b>", reader.read());
        assertTrue(reader.read().isEmpty());
    }

    @Test
    void switchToChunkedAppliesToBytesAlreadyBuffered() throws Exception {
        FrameReader reader = reader("<hello/>]]>]]>\n#4\n<a/>\n##\n", 1000);
        assertMessage("<hello/>", reader.read());
        reader.useChunked();
        assertMessage("<a/>", reader.read());
    }

    @Test
    void chunkHeaderWithoutDigitsIsRejected() {
        assertThrows(FramingException.class, () -> chunked("\n#x\n<a/>\n##\n", 1000).read());
    }

    @Test
    void chunkSizeWithLeadingZeroIsRejected() {
        assertThrows(FramingException.class, () -> chunked("\n#04\n<a/>\n##\n", 1000).read());
    }

    @Test
    void chunkHeaderWithoutLeadingNewlineIsRejected() {
        assertThrows(FramingException.class, () -> chunked("#4\n<a/>\n##\n", 1000).read());
    }

    @Test
    void endOfChunksWithoutAnyChunkIsRejected() {
        assertThrows(FramingException.class, () -> chunked("\n##\n", 1000).read());
    }

    @Test
    void chunkShorterThanAnnouncedIsRejected() {
        assertThrows(FramingException.class, () -> chunked("\n#9\n<a/>", 1000).read());
    }

    @Test
    void chunkSizeBeyondTheRfcMaximumIsRejected() {
        assertThrows(FramingException.class, () -> chunked("\n#4294967296\n", 1000).read());
    }

    @Test
    void chunkedMessageLargerThanTheLimitIsDroppedAndTheNextMessageRead() throws Exception {
        String big = "x".repeat(1000);
        FrameReader reader = chunked("\n#1000\n" + big + "\n#1000\n" + big + "\n#3\nabc\n##\n\n#4\n<a/>\n##\n", 100);
        assertEquals(1024, assertThrows(MessageTooBigException.class, reader::read).limit());
        assertMessage("<a/>", reader.read());
    }

    @Test
    void announcedChunkBeyondTheLimitIsSkippedWithoutBeingStored() throws Exception {
        FrameReader reader = chunked("\n#2000\n" + "y".repeat(2000) + "\n##\n\n#4\n<a/>\n##\n", 1000);
        assertThrows(MessageTooBigException.class, reader::read);
        assertMessage("<a/>", reader.read());
    }

    @Test
    void endOfMessageFramedMessageLargerThanTheLimitIsDroppedUpToItsMarker() throws Exception {
        String big = "x".repeat(1000);
        FrameReader reader = reader(big + big + "]]]>]]>" + "<b/>]]>]]>", 7);
        assertThrows(MessageTooBigException.class, reader::read);
        assertMessage("<b/>", reader.read());
    }

    @Test
    void streamEndingInsideAnOversizedMessageIsAFramingError() {
        String big = "x".repeat(3000);
        assertThrows(FramingException.class, () -> reader(big, 1000).read());
        assertThrows(FramingException.class, () -> chunked("\n#3000\n" + big.substring(10), 1000).read());
    }

    private static void assertMessage(String expected, Optional<byte[]> actual) {
        assertTrue(actual.isPresent(), "expected a message");
        assertEquals(expected, new String(actual.get(), StandardCharsets.UTF_8));
    }

    private static FrameReader chunked(String wire, int readSize) {
        FrameReader reader = reader(wire, readSize);
        reader.useChunked();
        return reader;
    }

    private static FrameReader reader(String wire, int readSize) {
        return new FrameReader(new TrickleInputStream(wire.getBytes(StandardCharsets.UTF_8), readSize), LIMITS);
    }

    /** Hands out at most readSize bytes per read, as a network stream may. */
    private static final class TrickleInputStream extends InputStream {
        private final ByteArrayInputStream bytes;
        private final int readSize;

        TrickleInputStream(byte[] data, int readSize) {
            this.bytes = new ByteArrayInputStream(data);
            this.readSize = readSize;
        }

        @Override
        public int read() {
            return bytes.read();
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            return bytes.read(b, off, Math.min(len, readSize));
        }
    }
}
