package org.takahe.datastore;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import org.opendaylight.yangtools.yang.data.api.schema.ContainerNode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.takahe.datastore.xml.XmlDataCodec;

/**
 * Where running lives on disk. The authority is a {@link SlotFile}, running.slots, written durably
 * before running changes; running.xml beside it is a readable copy, replaced after each change
 * without a sync of its own, since it is never the only copy. Removing running.xml while the
 * server is stopped still means "forget running": at start the slots count only while running.xml
 * exists (it always does once the server has run: it is replaced by rename, never removed).
 */
final class RunningStore {

    private static final Logger LOG = LoggerFactory.getLogger(RunningStore.class);

    private final Path readable;
    private final XmlDataCodec codec;
    private final SlotFile slots;

    private RunningStore(Path readable, XmlDataCodec codec, SlotFile slots) {
        this.readable = readable;
        this.codec = codec;
        this.slots = slots;
    }

    static RunningStore open(DatastoreFiles files, XmlDataCodec codec) throws DatastoreException {
        try {
            return new RunningStore(files.running(), codec, SlotFile.open(files.runningSlots()));
        } catch (IOException e) {
            throw new DatastoreException(ErrorTag.OPERATION_FAILED, Optional.empty(),
                "cannot open " + files.runningSlots() + ": " + e.getMessage(), e);
        }
    }

    /** The readable copy, the file operators know. */
    Path path() {
        return readable;
    }

    /** The stored running configuration: the newest slot, else (a data directory from before the slots) running.xml. */
    Optional<ContainerNode> read() throws DatastoreException {
        if (!Files.exists(readable)) {
            return Optional.empty();
        }
        Optional<byte[]> newest = slots.newestDocument();
        if (newest.isEmpty()) {
            return new ConfigFile(readable, codec).read();
        }
        try (InputStream in = new ByteArrayInputStream(newest.get())) {
            return Optional.of(codec.readConfigDocument(in));
        } catch (IOException e) {
            throw new DatastoreException(ErrorTag.OPERATION_FAILED, Optional.empty(),
                "cannot read " + slots.path() + ": " + e.getMessage(), e);
        }
    }

    /** Saves the configuration durably and returns the document, for {@link #publishCopy}. */
    byte[] save(ContainerNode root) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
        codec.writeConfigDocument(root, out);
        byte[] document = out.toByteArray();
        slots.write(document);
        return document;
    }

    /** Replaces running.xml with the saved document; a failure is logged, since the slots hold it. */
    void publishCopy(byte[] document) {
        Path temporary = readable.resolveSibling(readable.getFileName() + ".tmp");
        try {
            Files.write(temporary, document);
            Files.move(temporary, readable, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            DatastoreMessages.DATASTORE_RUNNING_COPY_FAILED.log(LOG, readable, e.toString());
        }
    }
}
