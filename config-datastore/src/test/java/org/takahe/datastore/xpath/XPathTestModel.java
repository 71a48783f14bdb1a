package org.takahe.datastore.xpath;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import org.opendaylight.yangtools.yang.data.api.schema.ContainerNode;
import org.opendaylight.yangtools.yang.model.api.EffectiveModelContext;
import org.takahe.datastore.SchemaLoadException;
import org.takahe.datastore.YangSchemas;
import org.takahe.datastore.xml.XmlDataCodec;

/** The takahe-xpath-test module (musts and whens of every kind) and a reader for its data. */
final class XPathTestModel {

    static final EffectiveModelContext SCHEMA = load();
    static final XmlDataCodec CODEC = new XmlDataCodec(SCHEMA);

    private XPathTestModel() {
    }

    /** The configuration given as the XML inside {@code <top>}. */
    static ContainerNode top(String inner) {
        String xml = "<config xmlns=\"urn:ietf:params:xml:ns:netconf:base:1.0\">"
            + "<top xmlns=\"urn:takahe:xpath-test\" xmlns:xt=\"urn:takahe:xpath-test\">" + inner + "</top></config>";
        try {
            return CODEC.readConfigDocument(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static EffectiveModelContext load() {
        try {
            return YangSchemas.load(List.of(Objects.requireNonNull(
                XPathTestModel.class.getResource("/yang/takahe-xpath-test@2025-01-01.yang"))));
        } catch (SchemaLoadException e) {
            throw new AssertionError(e);
        }
    }
}
