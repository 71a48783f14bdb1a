package org.takahe.datastore;

import java.io.ByteArrayInputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import org.opendaylight.yangtools.yang.common.QName;
import org.opendaylight.yangtools.yang.common.QNameModule;
import org.opendaylight.yangtools.yang.common.Revision;
import org.opendaylight.yangtools.yang.common.XMLNamespace;
import org.opendaylight.yangtools.yang.data.api.YangInstanceIdentifier;
import org.opendaylight.yangtools.yang.data.api.YangInstanceIdentifier.NodeIdentifierWithPredicates;
import org.opendaylight.yangtools.yang.data.api.schema.ContainerNode;
import org.opendaylight.yangtools.yang.data.api.schema.NormalizedNode;
import org.opendaylight.yangtools.yang.model.api.EffectiveModelContext;
import org.takahe.datastore.xml.XmlDataCodec;
import org.w3c.dom.Element;

/** The test YANG module (takahe-test: a server with pools) and shorthands for its data. */
public final class TestModel {

    public static final String NS = "urn:takahe:test";
    public static final QNameModule MODULE = QNameModule.of(XMLNamespace.of(NS), Revision.of("2025-01-01"));
    public static final QName SERVER = qname("server");
    public static final QName NAME = qname("name");
    public static final QName DEFAULT_POOL = qname("default-pool");
    public static final QName POOLS = qname("pools");
    public static final QName POOL = qname("pool");
    public static final QName ID = qname("id");
    public static final QName PREFIX_LENGTH = qname("prefix-length");
    public static final QName DNS_SERVER = qname("dns-server");

    /** Parsing YANG takes a while; the schema is immutable, so every test shares it. */
    public static final EffectiveModelContext SCHEMA = load();
    public static final XmlDataCodec CODEC = new XmlDataCodec(SCHEMA);

    private TestModel() {
    }

    public static QName qname(String localName) {
        return QName.create(MODULE, localName);
    }

    public static URL yangSource() {
        return Objects.requireNonNull(TestModel.class.getResource("/yang/takahe-test@2025-01-01.yang"));
    }

    private static EffectiveModelContext load() {
        try {
            return YangSchemas.load(List.of(yangSource()));
        } catch (SchemaLoadException e) {
            throw new AssertionError(e);
        }
    }

    public static YangInstanceIdentifier serverPath() {
        return YangInstanceIdentifier.of(SERVER);
    }

    public static YangInstanceIdentifier poolPath(String id) {
        return YangInstanceIdentifier.builder().node(SERVER).node(POOLS).node(POOL)
            .nodeWithKey(POOL, ID, id).build();
    }

    /** Parses {@code <config>} children given as XML text (the default namespace is the test module's). */
    public static Element config(String children) {
        String xml = "<config xmlns=\"urn:ietf:params:xml:ns:netconf:base:1.0\""
            + " xmlns:nc=\"urn:ietf:params:xml:ns:netconf:base:1.0\">" + children + "</config>";
        try {
            return XmlDataCodec.parseSecure(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)))
                .getDocumentElement();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    /** Edits merging the given {@code <config>} children, honouring their operation attributes. */
    public static List<Edit> edits(String children) throws DatastoreException {
        return CODEC.parseEdit(config(children), EditOperation.MERGE);
    }

    /** A server element in the test namespace around the given content. */
    public static String server(String content) {
        return "<server xmlns=\"" + NS + "\">" + content + "</server>";
    }

    public static String pool(String id, int prefixLength) {
        return "<pool><id>" + id + "</id><prefix-length>" + prefixLength + "</prefix-length></pool>";
    }

    public static ContainerNode data(String children) throws DatastoreException {
        return CODEC.parseConfig(config(children));
    }

    public static java.util.Optional<NormalizedNode> find(ContainerNode root, YangInstanceIdentifier path) {
        return org.opendaylight.yangtools.yang.data.api.schema.NormalizedNodes.findNode(root, path);
    }

    public static NodeIdentifierWithPredicates poolKey(String id) {
        return NodeIdentifierWithPredicates.of(POOL, ID, id);
    }
}
