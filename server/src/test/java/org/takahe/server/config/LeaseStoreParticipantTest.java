package org.takahe.server.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.opendaylight.yangtools.yang.data.api.schema.ContainerNode;
import org.takahe.datastore.YangSchemas;
import org.takahe.datastore.xml.XmlDataCodec;
import org.takahe.lease.file.Durability;
import org.takahe.yang.YangModules;

class LeaseStoreParticipantTest {

    @Test
    void fsyncLeafChoosesTheDurabilityAndDefaultsToBatched() throws Exception {
        XmlDataCodec codec = new XmlDataCodec(YangSchemas.load(YangModules.sources()));
        assertEquals(Durability.BATCHED, LeaseStoreParticipant.durability(read(codec, "")));
        assertEquals(Durability.EVERY_WRITE, LeaseStoreParticipant.durability(read(codec,
            "<server xmlns=\"urn:takahe:params:xml:ns:yang:takahe-server\"><lease-store><file>"
                + "<fsync>every-write</fsync></file></lease-store></server>")));
        assertEquals(Durability.NONE, LeaseStoreParticipant.durability(read(codec,
            "<server xmlns=\"urn:takahe:params:xml:ns:yang:takahe-server\"><lease-store><file>"
                + "<fsync>none</fsync></file></lease-store></server>")));
    }

    private static ContainerNode read(XmlDataCodec codec, String body) throws Exception {
        String xml = "<config xmlns=\"urn:ietf:params:xml:ns:netconf:base:1.0\">" + body + "</config>";
        return codec.readConfigDocument(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }
}
