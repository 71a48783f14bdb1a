package org.takahe.datastore;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import org.opendaylight.yangtools.yang.data.api.schema.ContainerNode;
import org.opendaylight.yangtools.yang.model.api.EffectiveModelContext;
import org.takahe.datastore.xml.XmlDataCodec;

/** The takahe-test-defaults module: every kind of default RFC 7950 has, for the with-defaults tests. */
final class DefaultsModel {

    static final String NS = "urn:takahe:test:defaults";
    static final EffectiveModelContext SCHEMA = load();
    static final XmlDataCodec CODEC = new XmlDataCodec(SCHEMA);

    private DefaultsModel() {
    }

    private static EffectiveModelContext load() {
        try {
            return YangSchemas.load(List.of(Objects.requireNonNull(
                DefaultsModel.class.getResource("/yang/takahe-test-defaults@2025-01-01.yang"))));
        } catch (SchemaLoadException e) {
            throw new AssertionError(e);
        }
    }

    /** The data of {@code <settings>} with the given content. */
    static ContainerNode settings(String content) {
        String xml = "<config xmlns=\"urn:ietf:params:xml:ns:netconf:base:1.0\"><settings xmlns=\"" + NS + "\">"
            + content + "</settings></config>";
        try {
            return CODEC.parseConfig(XmlDataCodec.parseSecure(new ByteArrayInputStream(
                xml.getBytes(StandardCharsets.UTF_8))).getDocumentElement());
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
