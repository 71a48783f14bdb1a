package org.takahe.datastore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opendaylight.yangtools.yang.data.api.schema.ContainerNode;
import org.opendaylight.yangtools.yang.model.api.EffectiveModelContext;
import org.takahe.datastore.xml.XmlDataCodec;
import org.takahe.yang.YangModules;

/** The server's own YANG modules and example startup go through the whole datastore. */
class RealModelsTest {

    @Test
    void exampleStartupOfTheRealModelsOpensAndSurvivesARoundTrip(@TempDir Path directory) throws Exception {
        EffectiveModelContext schema = YangSchemas.load(YangModules.sources());
        InMemoryConfigDatastore datastore = InMemoryConfigDatastore.open(schema, DatastoreFiles.in(directory),
            Optional.of(YangModules.exampleStartupConfig()), List.of());
        ContainerNode running = datastore.read(DatastoreName.RUNNING);

        assertFalse(running.isEmpty());
        XmlDataCodec codec = new XmlDataCodec(schema);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        codec.writeConfigDocument(running, out);
        assertEquals(running, codec.readConfigDocument(new ByteArrayInputStream(out.toByteArray())));
        assertEquals(running, InMemoryConfigDatastore.open(schema, DatastoreFiles.in(directory), Optional.empty(),
            List.of())
            .read(DatastoreName.RUNNING));
    }
}
