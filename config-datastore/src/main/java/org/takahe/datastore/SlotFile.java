package org.takahe.datastore;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import java.util.zip.CRC32C;

/**
 * A document kept durably in two slots of one file, overwritten in turn. Writing the older slot in
 * place and syncing its data (fdatasync) costs a fraction of a new file's fsync, rename and
 * directory fsync, because the file is preallocated: an overwrite changes no metadata the
 * filesystem must journal. Each slot holds a sequence number, the document's length and CRC-32C,
 * and the document; a write torn by a crash spoils only the slot being written, so the other still
 * holds the document as it was before. Not thread-safe: its owner serialises writes.
 */
final class SlotFile {

    /** "TKSLOT01": names the format, so a stray file is never read as slots. */
    private static final long MAGIC = 0x544B534C4F543031L;
    /** magic, sequence, length, checksum. */
    private static final int HEADER_BYTES = 8 + 8 + 4 + 4;
    private static final int SMALLEST_SLOT = 64 * 1024;

    private final Path file;
    /** Zero until the file exists. */
    private long slotBytes;
    private long sequence;
    /** The newest document, carried into a larger file when the next one outgrows the slots. */
    private byte[] newest = new byte[0];

    private SlotFile(Path file) {
        this.file = file;
    }

    /** Opens the file if it exists (reading which slot is newest); otherwise the first write creates it. */
    static SlotFile open(Path file) throws IOException {
        SlotFile slots = new SlotFile(file.toAbsolutePath());
        if (Files.exists(slots.file)) {
            try (FileChannel channel = FileChannel.open(slots.file, StandardOpenOption.READ)) {
                slots.slotBytes = channel.size() / 2;
                Optional<Slot> found = newestSlot(channel, slots.slotBytes);
                if (found.isPresent()) {
                    slots.sequence = found.get().sequence();
                    slots.newest = found.get().document();
                }
            }
        }
        return slots;
    }

    Path path() {
        return file;
    }

    /** The newest intact document, if any slot holds one. */
    Optional<byte[]> newestDocument() {
        return sequence == 0 ? Optional.empty() : Optional.of(newest.clone());
    }

    /** Makes the document the newest, durably: when this returns, a crash keeps it. */
    void write(byte[] document) throws IOException {
        long next = sequence + 1;
        ByteBuffer slot = encode(next, document);
        if (slot.remaining() > slotBytes) {
            grow(next, slot);
        } else {
            try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
                writeFully(channel, slot, (next % 2) * slotBytes);
                channel.force(false);
            }
        }
        sequence = next;
        newest = document.clone();
    }

    /**
     * A new, larger file (with the previous document in the other slot) replaces the old one
     * atomically; the preallocated space is what makes later writes cheap.
     */
    private void grow(long next, ByteBuffer slot) throws IOException {
        long size = SMALLEST_SLOT;
        while (size < 2L * slot.remaining()) {
            size *= 2;
        }
        Files.createDirectories(file.getParent());
        Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
        try (FileChannel grown = FileChannel.open(temporary, StandardOpenOption.CREATE,
                StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE)) {
            ByteBuffer zeros = ByteBuffer.allocate(64 * 1024);
            for (long at = 0; at < 2 * size; at += zeros.capacity()) {
                zeros.clear().limit((int) Math.min(zeros.capacity(), 2 * size - at));
                while (zeros.hasRemaining()) {
                    grown.write(zeros, at + zeros.position());
                }
            }
            if (sequence > 0) {
                writeFully(grown, encode(sequence, newest), (sequence % 2) * size);
            }
            writeFully(grown, slot, (next % 2) * size);
            grown.force(true);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(temporary);
            throw e;
        }
        Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        try (FileChannel directory = FileChannel.open(file.getParent(), StandardOpenOption.READ)) {
            directory.force(true);
        }
        slotBytes = size;
    }

    private static void writeFully(FileChannel channel, ByteBuffer buffer, long offset) throws IOException {
        long at = offset;
        while (buffer.hasRemaining()) {
            at += channel.write(buffer, at);
        }
    }

    private static ByteBuffer encode(long sequence, byte[] document) {
        ByteBuffer buffer = ByteBuffer.allocate(HEADER_BYTES + document.length);
        buffer.putLong(MAGIC).putLong(sequence).putInt(document.length)
            .putInt(checksum(sequence, document)).put(document);
        return buffer.flip();
    }

    private static int checksum(long sequence, byte[] document) {
        CRC32C crc = new CRC32C();
        crc.update(ByteBuffer.allocate(12).putLong(sequence).putInt(document.length).flip());
        crc.update(document);
        return (int) crc.getValue();
    }

    private record Slot(long sequence, byte[] document) {
    }

    private static Optional<Slot> newestSlot(FileChannel channel, long slotBytes) throws IOException {
        Optional<Slot> first = readSlot(channel, 0, slotBytes);
        Optional<Slot> second = readSlot(channel, slotBytes, slotBytes);
        if (first.isPresent() && second.isPresent()) {
            return first.get().sequence() > second.get().sequence() ? first : second;
        }
        return first.isPresent() ? first : second;
    }

    private static Optional<Slot> readSlot(FileChannel channel, long offset, long slotBytes) throws IOException {
        if (slotBytes < HEADER_BYTES) {
            return Optional.empty();
        }
        ByteBuffer header = ByteBuffer.allocate(HEADER_BYTES);
        channel.read(header, offset);
        header.flip();
        if (header.remaining() < HEADER_BYTES || header.getLong() != MAGIC) {
            return Optional.empty();
        }
        long slotSequence = header.getLong();
        int length = header.getInt();
        int expected = header.getInt();
        if (slotSequence <= 0 || length < 0 || length > slotBytes - HEADER_BYTES) {
            return Optional.empty();
        }
        ByteBuffer document = ByteBuffer.allocate(length);
        while (document.hasRemaining() && channel.read(document, offset + HEADER_BYTES + document.position()) > 0) {
            // read until full or end of file
        }
        if (document.hasRemaining() || checksum(slotSequence, document.array()) != expected) {
            return Optional.empty();
        }
        return Optional.of(new Slot(slotSequence, document.array()));
    }
}
