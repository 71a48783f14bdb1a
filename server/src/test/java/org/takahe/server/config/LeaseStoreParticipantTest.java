package org.takahe.server.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.opendaylight.yangtools.yang.data.api.schema.ContainerNode;
import org.takahe.datastore.ConfigDefaults;
import org.takahe.datastore.xml.XmlDataCodec;
import org.takahe.lease.file.Durability;

class LeaseStoreParticipantTest {

    @Test
    void fsyncLeafChoosesTheDurabilityAndDefaultsToBatched() throws Exception {
        XmlDataCodec codec = EngineDatastore.CODEC;
        ConfigDefaults defaults = new ConfigDefaults(EngineDatastore.SCHEMA);
        assertEquals(Durability.BATCHED, LeaseStoreParticipant.durability(defaults.reportAll(read(codec, ""), false)));
        assertEquals(Durability.EVERY_WRITE, LeaseStoreParticipant.durability(defaults.reportAll(read(codec,
            "<server xmlns=\"urn:takahe:params:xml:ns:yang:takahe-server\"><lease-store><file>"
                + "<fsync>every-write</fsync></file></lease-store></server>"), false)));
        assertEquals(Durability.NONE, LeaseStoreParticipant.durability(defaults.reportAll(read(codec,
            "<server xmlns=\"urn:takahe:params:xml:ns:yang:takahe-server\"><lease-store><file>"
                + "<fsync>none</fsync></file></lease-store></server>"), false)));
    }

    private static ContainerNode read(XmlDataCodec codec, String body) throws Exception {
        String xml = "<config xmlns=\"urn:ietf:params:xml:ns:netconf:base:1.0\">" + body + "</config>";
        return codec.readConfigDocument(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }
}
