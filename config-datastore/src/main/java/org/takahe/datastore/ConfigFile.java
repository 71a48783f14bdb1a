package org.takahe.datastore;

import java.io.IOException;
import java.io.InputStream;
import java.io.BufferedOutputStream;
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
 * A configuration on disk (running.xml, startup.xml, a {@code file:} URL's file): a NETCONF
 * {@code <config>} document, replaced atomically so a crash leaves either the old or the new file,
 * never a torn one.
 */
final class ConfigFile {

    private final Path file;
    private final XmlDataCodec codec;

    ConfigFile(Path file, XmlDataCodec codec) {
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
                "cannot read configuration file " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Writes the configuration durably: to a temporary file beside the file, synced, then renamed
     * over it and the rename synced. A failure leaves the file as it was.
     */
    void write(ContainerNode root) throws IOException {
        Path directory = file.getParent();
        Files.createDirectories(directory);
        // One name, not a random one: each file is written from one thread at a time, and a stray
        // temporary file from a crash is simply overwritten.
        Path temporary = directory.resolve(file.getFileName() + ".tmp");
        try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE, StandardOpenOption.CREATE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            // Buffered: the XML writer emits a character at a time, one system call each otherwise.
            OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16);
            codec.writeConfigDocument(root, out);
            out.flush();
            channel.force(true);
            Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(temporary);
            throw e;
        }
        forceDirectory();
    }

    /** Removes the file, durably; harmless when it does not exist. */
    void delete() throws IOException {
        if (Files.deleteIfExists(file)) {
            forceDirectory();
        }
    }

    private void forceDirectory() throws IOException {
        try (FileChannel directory = FileChannel.open(file.getParent(), StandardOpenOption.READ)) {
            directory.force(true);
        }
    }
}
