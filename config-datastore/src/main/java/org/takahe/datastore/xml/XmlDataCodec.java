package org.takahe.datastore.xml;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.xml.namespace.NamespaceContext;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.opendaylight.yangtools.yang.data.api.YangInstanceIdentifier;
import org.opendaylight.yangtools.yang.data.api.schema.ContainerNode;
import org.opendaylight.yangtools.yang.data.codec.xml.XmlCodecFactory;
import org.opendaylight.yangtools.yang.data.tree.api.DataTree;
import org.opendaylight.yangtools.yang.data.tree.api.DataTreeConfiguration;
import org.opendaylight.yangtools.yang.data.tree.api.DataTreeModification;
import org.opendaylight.yangtools.yang.data.tree.impl.ReferenceDataTreeFactory;
import org.opendaylight.yangtools.yang.data.util.DataSchemaContextTree;
import org.opendaylight.yangtools.yang.model.api.EffectiveModelContext;
import org.opendaylight.yangtools.yang.model.api.TypedDataSchemaNode;
import org.opendaylight.yangtools.yang.model.api.type.StringTypeDefinition;
import org.opendaylight.yangtools.yang.model.util.LeafrefResolver;
import org.takahe.datastore.ConfigDefaults;
import org.takahe.datastore.DatastoreException;
import org.takahe.datastore.Edit;
import org.takahe.datastore.EditOperation;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * The one place where XML meets the YANG data: reads {@code <config>} contents and edit-config
 * requests into normalized nodes and edits, and writes data trees as XML. Immutable; safe to share.
 */
public final class XmlDataCodec {
    private static final XMLOutputFactory OUTPUT = XMLOutputFactory.newDefaultFactory();


    /** The NETCONF base namespace, of {@code <config>} and the {@code operation} attribute. */
    public static final String NETCONF_BASE_NS = "urn:ietf:params:xml:ns:netconf:base:1.0";

    private final EffectiveModelContext schema;
    private final DataSchemaContextTree tree;
    private final XmlCodecFactory codecs;
    private final SchemaXmlWriter writer;

    public XmlDataCodec(EffectiveModelContext schema) {
        this.schema = schema;
        this.tree = DataSchemaContextTree.from(schema);
        this.codecs = XmlCodecFactory.create(schema);
        this.writer = new SchemaXmlWriter(schema, tree);
    }

    public EffectiveModelContext schema() {
        return schema;
    }

    /**
     * Reads the children of a {@code <config>} element (or of a startup file's root) as top-level
     * data nodes of the loaded modules. Operation attributes are not interpreted.
     *
     * @return the root node holding them
     * @throws DatastoreException UNKNOWN_NAMESPACE / UNKNOWN_ELEMENT / INVALID_VALUE / BAD_ELEMENT,
     *     naming the node
     */
    public ContainerNode parseConfig(Element configElement) throws DatastoreException {
        return new ConfigXmlReader(schema, tree, codecs, false).readRoot(configElement);
    }

    /**
     * Reads the {@code <config>} of an edit-config into edits, honouring {@code nc:operation}
     * attributes: first one edit applying {@code defaultOperation} to everything that carries no
     * operation of its own, then one edit per element that does, at that element's path.
     *
     * @param defaultOperation MERGE or REPLACE
     * @throws DatastoreException as {@link #parseConfig}, and BAD_ATTRIBUTE for an unknown operation
     */
    public List<Edit> parseEdit(Element configElement, EditOperation defaultOperation) throws DatastoreException {
        return parseEdit(configElement, Optional.of(defaultOperation));
    }

    /**
     * As {@link #parseEdit(Element, EditOperation)}; an empty default operation is NETCONF's
     * default-operation "none": only elements carrying an operation change anything.
     */
    public List<Edit> parseEdit(Element configElement, Optional<EditOperation> defaultOperation)
            throws DatastoreException {
        defaultOperation.filter(op -> op != EditOperation.MERGE && op != EditOperation.REPLACE)
            .ifPresent(op -> {
                throw new IllegalArgumentException("default operation must be merge, replace or none, not " + op);
            });
        ConfigXmlReader reader = new ConfigXmlReader(schema, tree, codecs, true);
        ContainerNode root = reader.readRoot(configElement);
        List<Edit> edits = new ArrayList<>();
        defaultOperation
            .filter(op -> op == EditOperation.REPLACE || !root.isEmpty())
            .ifPresent(op -> edits.add(Edit.of(op, YangInstanceIdentifier.of(), root)));
        edits.addAll(reader.operations());
        return List.copyOf(edits);
    }

    /**
     * Writes each child of the root as a top-level element declaring its module's namespace, as
     * inside {@code <data>} or {@code <config>}.
     */
    public void writeData(ContainerNode root, XMLStreamWriter out) throws IOException {
        writer.writeChildren(root, out);
    }

    /** Writes a whole configuration document: the data inside a NETCONF {@code <config>} element. */
    public void writeConfigDocument(ContainerNode root, OutputStream out) throws IOException {
        try {
            XMLStreamWriter xml = OUTPUT.createXMLStreamWriter(out,
                StandardCharsets.UTF_8.name());
            xml.writeStartDocument(StandardCharsets.UTF_8.name(), "1.0");
            xml.writeStartElement("", "config", NETCONF_BASE_NS);
            xml.writeDefaultNamespace(NETCONF_BASE_NS);
            writeData(root, xml);
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IOException("cannot write configuration XML: " + e.getMessage(), e);
        }
    }

    /** Reads a document written by {@link #writeConfigDocument} (its root element's children are the data). */
    public ContainerNode readConfigDocument(InputStream in) throws IOException, DatastoreException {
        return parseConfig(parseSecure(in).getDocumentElement());
    }

    /**
     * Parses a default value given in the schema (a YANG lexical value whose prefixes, for an
     * identityref, are those of the module defining the node).
     *
     * @param path where the node is in the data, to resolve a leafref type
     * @throws IllegalArgumentException when the value does not fit the node's type
     */
    public Object parseDefault(TypedDataSchemaNode node, YangInstanceIdentifier path, String lexical) {
        return parseValue(node, path, new ModulePrefixes(schema, node.getQName().getModule()), lexical);
    }

    Object parseValue(TypedDataSchemaNode node, YangInstanceIdentifier path, NamespaceContext prefixes,
            String lexical) {
        LeafrefResolver resolver = leafref -> tree.enterPath(path).orElseThrow().stack().resolveLeafref(leafref);
        String value = node.getType() instanceof StringTypeDefinition ? lexical : lexical.strip();
        return codecs.codecFor(node, resolver).parseValue(prefixes, value);
    }

    /**
     * Marks every leaf and leaf-list below a {@code <data>} (or {@code <config>}) element that holds
     * its schema default with {@code wd:default="true"}, for RFC 6243 report-all-tagged.
     */
    public void tagDefaults(Element data, ConfigDefaults defaults) {
        new DefaultTagger(this, defaults).tag(data, tree.getRoot());
    }

    /**
     * Overlays state data (config false nodes, built elsewhere) onto configuration, giving what a
     * NETCONF {@code <get>} returns.
     */
    public static ContainerNode merge(EffectiveModelContext schema, ContainerNode config, ContainerNode state) {
        DataTree operational = new ReferenceDataTreeFactory().create(DataTreeConfiguration.DEFAULT_OPERATIONAL,
            schema);
        DataTreeModification modification = operational.takeSnapshot().newModification();
        modification.write(YangInstanceIdentifier.of(), config);
        modification.merge(YangInstanceIdentifier.of(), state);
        return (ContainerNode) modification.readNode(YangInstanceIdentifier.of()).orElseThrow();
    }

    /**
     * Parses XML namespace-aware into DOM, refusing any DOCTYPE (so no external entities and no
     * entity expansion).
     *
     * @throws DatastoreException MALFORMED_MESSAGE when the input is not well-formed or has a DOCTYPE
     */
    public static Document parseSecure(InputStream in) throws IOException, DatastoreException {
        return SecureDom.parse(in);
    }
}
