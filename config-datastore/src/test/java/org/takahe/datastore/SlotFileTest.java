package org.takahe.datastore;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SlotFileTest {

    @TempDir
    Path directory;

    private Path file() {
        return directory.resolve("running.slots");
    }

    private static byte[] text(String value) {
        return value.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aNewFileHoldsNothingUntilTheFirstWrite() throws IOException {
        SlotFile slots = SlotFile.open(file());

        assertEquals(Optional.empty(), slots.newestDocument());
        slots.write(text("first"));

        assertArrayEquals(text("first"), SlotFile.open(file()).newestDocument().orElseThrow());
    }

    @Test
    void theNewestWriteWinsAfterReopening() throws IOException {
        SlotFile slots = SlotFile.open(file());
        for (int i = 1; i <= 5; i++) {
            slots.write(text("version " + i));
        }

        assertArrayEquals(text("version 5"), SlotFile.open(file()).newestDocument().orElseThrow());
    }

    @Test
    void aTornWriteLeavesThePreviousDocument() throws IOException {
        SlotFile slots = SlotFile.open(file());
        slots.write(text("committed"));
        slots.write(text("torn by a crash"));
        long slotBytes = Files.size(file()) / 2;
        // The second write went to slot 0 (sequence 2); spoil its last byte as an interrupted write would.
        try (FileChannel channel = FileChannel.open(file(), StandardOpenOption.WRITE)) {
            channel.write(ByteBuffer.wrap(new byte[] {'#'}), 24 + text("torn by a crash").length - 1);
        }

        assertArrayEquals(text("committed"), SlotFile.open(file()).newestDocument().orElseThrow());
        assertEquals(slotBytes * 2, Files.size(file()));
    }

    @Test
    void aDocumentLargerThanASlotGrowsTheFileAndKeepsThePreviousOne() throws IOException {
        SlotFile slots = SlotFile.open(file());
        slots.write(text("small"));
        long before = Files.size(file());
        byte[] large = text("x".repeat(200_000));

        slots.write(large);

        assertTrue(Files.size(file()) > before);
        assertArrayEquals(large, SlotFile.open(file()).newestDocument().orElseThrow());
        // and the small one is still there for a torn next write to fall back on
        slots.write(text("after"));
        assertArrayEquals(text("after"), SlotFile.open(file()).newestDocument().orElseThrow());
    }

    @Test
    void aFileThatIsNotSlotsHoldsNothing() throws IOException {
        Files.write(file(), text("<config/> but not slots, and long enough to have a header"));

        assertEquals(Optional.empty(), SlotFile.open(file()).newestDocument());
    }
}
