package org.takahe.datastore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.takahe.datastore.DefaultsModel.CODEC;
import static org.takahe.datastore.DefaultsModel.NS;
import static org.takahe.datastore.DefaultsModel.SCHEMA;
import static org.takahe.datastore.DefaultsModel.settings;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.takahe.datastore.xml.XmlDataCodec;

/** RFC 6243 §4.5.2: edit-config of leaves tagged wd:default="true", as report-all-tagged shows them. */
class TaggedDefaultEditTest {

    @TempDir
    Path directory;

    private InMemoryConfigDatastore datastore;

    @BeforeEach
    void open() throws DatastoreException {
        datastore = InMemoryConfigDatastore.open(SCHEMA, DatastoreFiles.in(directory), Optional.empty(), List.of());
    }

    private void edit(String settingsContent) throws Exception {
        String xml = "<config xmlns=\"urn:ietf:params:xml:ns:netconf:base:1.0\""
            + " xmlns:nc=\"urn:ietf:params:xml:ns:netconf:base:1.0\""
            + " xmlns:wd=\"urn:ietf:params:xml:ns:netconf:default:1.0\"><settings xmlns=\"" + NS + "\">"
            + settingsContent + "</settings></config>";
        datastore.edit(DatastoreName.RUNNING, CODEC.parseEdit(XmlDataCodec.parseSecure(
            new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8))).getDocumentElement(),
            EditOperation.MERGE), EditOptions.DEFAULT);
    }

    @Test
    void aLeafTaggedWithItsDefaultValueLosesItsExplicitValue() throws Exception {
        edit("<retries>7</retries><mode>fast</mode>");

        edit("<retries wd:default=\"true\">3</retries>");

        assertEquals(settings("<mode>fast</mode>"), datastore.read(DatastoreName.RUNNING));
    }

    @Test
    void aTaggedValueThatIsNotTheDefaultIsInvalid() throws Exception {
        edit("<retries>7</retries>");

        DatastoreException e = assertThrows(DatastoreException.class,
            () -> edit("<retries wd:default=\"1\">4</retries>"));

        assertEquals(ErrorTag.INVALID_VALUE, e.tag());
        assertEquals(Optional.of("default"), e.badAttribute());
        assertEquals(settings("<retries>7</retries>"), datastore.read(DatastoreName.RUNNING));
    }

    @Test
    void createOfATaggedLeafThatExistsIsDataExists() throws Exception {
        edit("<retries>7</retries>");

        DatastoreException e = assertThrows(DatastoreException.class,
            () -> edit("<retries nc:operation=\"create\" wd:default=\"true\">3</retries>"));

        assertEquals(ErrorTag.DATA_EXISTS, e.tag());
    }
}
