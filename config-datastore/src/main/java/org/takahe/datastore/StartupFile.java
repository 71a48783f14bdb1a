package org.takahe.datastore;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import org.opendaylight.yangtools.yang.data.api.schema.ContainerNode;
import org.takahe.datastore.xml.XmlDataCodec;

/**
 * The startup configuration on disk: a NETCONF {@code <config>} document, replaced atomically so a
 * crash leaves either the old or the new file, never a torn one.
 */
final class StartupFile {

    private final Path file;
    private final XmlDataCodec codec;

    StartupFile(Path file, XmlDataCodec codec) {
        this.file = file.toAbsolutePath();
        this.codec = codec;
    }

    Path path() {
        return file;
    }

    /** The stored configuration, if the file exists. */
    Optional<ContainerNode> read() throws DatastoreException {
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        try (InputStream in = Files.newInputStream(file)) {
            return Optional.of(codec.readConfigDocument(in));
        } catch (IOException e) {
            throw new DatastoreException(ErrorTag.OPERATION_FAILED, Optional.empty(),
                "cannot read startup configuration " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Writes the configuration to a durable temporary file beside the startup file; only
     * {@link Pending#publish} makes it the startup configuration. Doing the slow, fallible part
     * first lets a commit fail cleanly (running untouched) when the disk is full.
     */
    Pending prepare(ContainerNode root) throws IOException {
        Path directory = file.getParent();
        Files.createDirectories(directory);
        Path temporary = Files.createTempFile(directory, file.getFileName() + ".", ".tmp");
        try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
            OutputStream out = Channels.newOutputStream(channel);
            codec.writeConfigDocument(root, out);
            out.flush();
            channel.force(true);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(temporary);
            throw e;
        }
        return new Pending(temporary);
    }

    /** A written temporary file waiting to replace the startup file. */
    final class Pending {
        private final Path temporary;

        private Pending(Path temporary) {
            this.temporary = temporary;
        }

        /** Renames the temporary file over the startup file and makes the rename durable. */
        void publish() throws IOException {
            Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE);
            try (FileChannel directory = FileChannel.open(file.getParent(), StandardOpenOption.READ)) {
                directory.force(true);
            }
        }

        /** Drops the temporary file; the startup file stays as it was. */
        void abandon() {
            try {
                Files.deleteIfExists(temporary);
            } catch (IOException e) {
                // a stray temporary file is harmless; the next commit writes a new one
            }
        }
    }
}
