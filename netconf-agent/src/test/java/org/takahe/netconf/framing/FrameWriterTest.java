package org.takahe.netconf.framing;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class FrameWriterTest {

    private static final FramingLimits LIMITS = new FramingLimits(1024, 4);

    @Test
    void endOfMessageFramingAppendsTheMarker() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new FrameWriter(out, LIMITS).write(bytes("<hello/>"));
        assertEquals("<hello/>]]>]]>", out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void chunkedFramingSplitsAtTheChunkLimit() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        FrameWriter writer = new FrameWriter(out, LIMITS);
        writer.useChunked();
        writer.write(bytes("<rpc/>"));
        assertEquals("\n#4\n<rpc\n#2\n/>\n##\n", out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void readerRecoversWhatTheWriterFramed() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        FrameWriter writer = new FrameWriter(out, LIMITS);
        writer.write(bytes("<hello/>"));
        writer.useChunked();
        byte[] large = bytes("<rpc>" + "y".repeat(100) + "</rpc>");
        writer.write(large);
        FrameReader reader = new FrameReader(new ByteArrayInputStream(out.toByteArray()), LIMITS);
        assertArrayEquals(bytes("<hello/>"), reader.read().orElseThrow());
        reader.useChunked();
        assertArrayEquals(large, reader.read().orElseThrow());
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
