package org.takahe.datastore.xml;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.SequencedMap;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.opendaylight.yangtools.yang.common.QName;
import org.opendaylight.yangtools.yang.common.XMLNamespace;
import org.opendaylight.yangtools.yang.data.api.YangInstanceIdentifier;
import org.opendaylight.yangtools.yang.data.api.YangInstanceIdentifier.NodeIdentifier;
import org.opendaylight.yangtools.yang.data.api.YangInstanceIdentifier.NodeIdentifierWithPredicates;
import org.opendaylight.yangtools.yang.data.api.YangInstanceIdentifier.NodeWithValue;
import org.opendaylight.yangtools.yang.data.api.schema.ContainerNode;
import org.opendaylight.yangtools.yang.data.api.schema.DataContainerChild;
import org.opendaylight.yangtools.yang.data.api.schema.LeafSetEntryNode;
import org.opendaylight.yangtools.yang.data.api.schema.MapEntryNode;
import org.opendaylight.yangtools.yang.data.api.schema.MapNode;
import org.opendaylight.yangtools.yang.data.api.schema.NormalizedNode;
import org.opendaylight.yangtools.yang.data.api.schema.builder.CollectionNodeBuilder;
import org.opendaylight.yangtools.yang.data.api.schema.builder.ListNodeBuilder;
import org.opendaylight.yangtools.yang.data.codec.xml.XmlCodecFactory;
import org.opendaylight.yangtools.yang.data.spi.node.ImmutableNodes;
import org.opendaylight.yangtools.yang.data.util.DataSchemaContext;
import org.opendaylight.yangtools.yang.data.util.DataSchemaContext.Composite;
import org.opendaylight.yangtools.yang.data.util.DataSchemaContextTree;
import org.opendaylight.yangtools.yang.model.api.ChoiceSchemaNode;
import org.opendaylight.yangtools.yang.model.api.ContainerSchemaNode;
import org.opendaylight.yangtools.yang.model.api.DataSchemaNode;
import org.opendaylight.yangtools.yang.model.api.EffectiveModelContext;
import org.opendaylight.yangtools.yang.model.api.LeafListSchemaNode;
import org.opendaylight.yangtools.yang.model.api.LeafSchemaNode;
import org.opendaylight.yangtools.yang.model.api.ListSchemaNode;
import org.opendaylight.yangtools.yang.model.api.Module;
import org.opendaylight.yangtools.yang.model.api.SchemaContext;
import org.opendaylight.yangtools.yang.model.api.TypedDataSchemaNode;
import org.opendaylight.yangtools.yang.model.api.type.StringTypeDefinition;
import org.opendaylight.yangtools.yang.model.util.LeafrefResolver;
import org.takahe.datastore.DatastoreException;
import org.takahe.datastore.DatastoreException.BadNode;
import org.takahe.datastore.Edit;
import org.takahe.datastore.EditOperation;
import org.takahe.datastore.ErrorPaths;
import org.takahe.datastore.ErrorTag;
import org.takahe.datastore.WithDefaultsMode;
import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Reads the children of a NETCONF {@code <config>} element into normalized nodes, walking the DOM
 * along the schema so every failure can name the offending node. One reader serves one document.
 *
 * <p>When operations are honoured, an element carrying an {@code nc:operation} attribute is left out
 * of its parent's data and becomes an edit of its own, at its own path; edits are kept in document
 * order with an element's edit before those nested in it, so applying them in order is RFC 6241
 * §7.2 semantics.
 */
final class ConfigXmlReader {

    private final EffectiveModelContext schema;
    private final DataSchemaContextTree tree;
    private final XmlCodecFactory codecs;
    private final boolean honourOperations;
    private final List<Edit> operations = new ArrayList<>();

    ConfigXmlReader(EffectiveModelContext schema, DataSchemaContextTree tree, XmlCodecFactory codecs,
            boolean honourOperations) {
        this.schema = schema;
        this.tree = tree;
        this.codecs = codecs;
        this.honourOperations = honourOperations;
    }

    /** The data of the config element, without the parts that carry their own operation. */
    ContainerNode readRoot(Element config) throws DatastoreException {
        return ImmutableNodes.newContainerBuilder()
            .withNodeIdentifier(NodeIdentifier.create(SchemaContext.NAME))
            .withValue(readChildren(childElements(config), tree.getRoot(), YangInstanceIdentifier.of()))
            .build();
    }

    /** The edits of the elements that carried an operation, in application order. */
    List<Edit> operations() {
        return List.copyOf(operations);
    }

    private List<DataContainerChild> readChildren(List<Element> elements, Composite parent,
            YangInstanceIdentifier parentPath) throws DatastoreException {
        // Siblings of one list, leaf-list or choice are read together into one node.
        SequencedMap<NodeIdentifier, List<Element>> groups = new LinkedHashMap<>();
        SequencedMap<NodeIdentifier, DataSchemaContext> contexts = new LinkedHashMap<>();
        for (Element element : elements) {
            QName name = qnameOf(element, parentPath);
            @Nullable DataSchemaContext child = parent.childByQName(name);
            if (child == null || child.dataSchemaNode().effectiveConfig().orElse(Boolean.TRUE) == Boolean.FALSE) {
                throw new DatastoreException(ErrorTag.UNKNOWN_ELEMENT, path(parentPath),
                    BadNode.element(element.getLocalName()),
                    (child == null ? "unknown element " : "state data cannot be configured: ")
                    + describe(element) + " in " + render(parentPath));
            }
            contexts.putIfAbsent(child.pathStep(), child);
            groups.computeIfAbsent(child.pathStep(), step -> new ArrayList<>()).add(element);
        }
        List<DataContainerChild> children = new ArrayList<>();
        for (var group : groups.entrySet()) {
            readGroup(contexts.get(group.getKey()), group.getValue(), parentPath).ifPresent(children::add);
        }
        return children;
    }

    private Optional<DataContainerChild> readGroup(DataSchemaContext context, List<Element> elements,
            YangInstanceIdentifier parentPath) throws DatastoreException {
        NodeIdentifier step = context.pathStep();
        YangInstanceIdentifier path = parentPath.node(step);
        return switch (context.dataSchemaNode()) {
            case ChoiceSchemaNode choice -> readChoice((Composite) context, elements, path);
            case ListSchemaNode list when !list.getKeyDefinition().isEmpty() ->
                readMap(list, (Composite) ((Composite) context).childByQName(list.getQName()), elements, path);
            case LeafListSchemaNode leafList -> readLeafList(leafList, elements, path);
            case ContainerSchemaNode container -> {
                Element element = single(elements, path);
                yield readOwnOperation(element, path, () -> ImmutableNodes.newContainerBuilder()
                    .withNodeIdentifier(step)
                    .withValue(readChildren(childElements(element), (Composite) context, path))
                    .build());
            }
            case LeafSchemaNode leaf -> {
                Element element = single(elements, path);
                yield taggedDefault(element)
                    ? readTaggedDefault(leaf, element, path)
                    : readOwnOperation(element, path, () -> ImmutableNodes.leafNode(step, value(leaf, element, path)));
            }
            default -> throw new DatastoreException(ErrorTag.OPERATION_NOT_SUPPORTED, path(path),
                "configuring " + render(path) + " (a " + context.dataSchemaNode().getClass().getSimpleName()
                    + ") is not supported");
        };
    }

    private Optional<DataContainerChild> readChoice(Composite choice, List<Element> elements,
            YangInstanceIdentifier path) throws DatastoreException {
        List<DataContainerChild> children = readChildren(elements, choice, path);
        return children.isEmpty() ? Optional.empty() : Optional.of(ImmutableNodes.newChoiceBuilder()
            .withNodeIdentifier(choice.pathStep()).withValue(children).build());
    }

    private Optional<DataContainerChild> readMap(ListSchemaNode list, Composite entry, List<Element> elements,
            YangInstanceIdentifier path) throws DatastoreException {
        CollectionNodeBuilder<MapEntryNode, ? extends MapNode> map = list.isUserOrdered()
            ? ImmutableNodes.newUserMapBuilder() : ImmutableNodes.newSystemMapBuilder();
        map.withNodeIdentifier(NodeIdentifier.create(list.getQName()));
        Set<NodeIdentifierWithPredicates> seen = new HashSet<>();
        boolean any = false;
        for (Element element : elements) {
            NodeIdentifierWithPredicates key = keyOf(list, entry, element, path);
            YangInstanceIdentifier entryPath = path.node(key);
            if (!seen.add(key)) {
                throw new DatastoreException(ErrorTag.BAD_ELEMENT, path(entryPath),
                    BadNode.element(element.getLocalName()),
                    "list entry " + render(entryPath) + " appears more than once");
            }
            Optional<MapEntryNode> read = readOwnOperation(element, entryPath, () -> ImmutableNodes
                .newMapEntryBuilder().withNodeIdentifier(key)
                .withValue(readChildren(childElements(element), entry, entryPath)).build());
            read.ifPresent(map::withChild);
            any |= read.isPresent();
        }
        return any ? Optional.of(map.build()) : Optional.empty();
    }

    private NodeIdentifierWithPredicates keyOf(ListSchemaNode list, Composite entry, Element element,
            YangInstanceIdentifier path) throws DatastoreException {
        SequencedMap<QName, Object> keys = new LinkedHashMap<>();
        for (QName keyName : list.getKeyDefinition()) {
            Element keyElement = childElements(element).stream()
                .filter(child -> keyName.getLocalName().equals(child.getLocalName())
                    && keyName.getNamespace().toString().equals(child.getNamespaceURI()))
                .findFirst()
                .orElseThrow(() -> new DatastoreException(ErrorTag.MISSING_ELEMENT, path(path),
                    BadNode.element(keyName.getLocalName()),
                    "an entry of " + render(path) + " lacks its key " + keyName.getLocalName()));
            @Nullable DataSchemaContext keyContext = entry.childByQName(keyName);
            // The entry is not identified yet, so the key's path names the list without predicates.
            keys.put(keyName, value((LeafSchemaNode) keyContext.dataSchemaNode(), keyElement,
                path.node(NodeIdentifierWithPredicates.of(list.getQName())).node(keyName)));
        }
        return NodeIdentifierWithPredicates.of(list.getQName(), keys);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private Optional<DataContainerChild> readLeafList(LeafListSchemaNode leafList, List<Element> elements,
            YangInstanceIdentifier path) throws DatastoreException {
        ListNodeBuilder set = leafList.isUserOrdered()
            ? ImmutableNodes.newUserLeafSetBuilder() : ImmutableNodes.newSystemLeafSetBuilder();
        set.withNodeIdentifier(NodeIdentifier.create(leafList.getQName()));
        boolean any = false;
        for (Element element : elements) {
            Object value = value(leafList, element, path);
            NodeWithValue<Object> id = new NodeWithValue<>(leafList.getQName(), value);
            Optional<LeafSetEntryNode<Object>> read = readOwnOperation(element, path.node(id),
                () -> ImmutableNodes.leafSetEntry(id));
            read.ifPresent(set::withChild);
            any |= read.isPresent();
        }
        return any ? Optional.of((DataContainerChild) set.build()) : Optional.empty();
    }

    /**
     * The node an element stands for, or empty when it carries an operation and so became an edit.
     * Delete and remove need no data, so their content is not even read.
     */
    private <T extends NormalizedNode> Optional<T> readOwnOperation(Element element, YangInstanceIdentifier path,
            NodeReader<T> reader) throws DatastoreException {
        Optional<EditOperation> operation = operationOf(element, path);
        if (operation.isEmpty()) {
            return Optional.of(reader.read());
        }
        int slot = operations.size();
        EditOperation op = operation.orElseThrow();
        Edit edit = op == EditOperation.DELETE || op == EditOperation.REMOVE
            ? Edit.of(op, path) : Edit.of(op, path, reader.read());
        operations.add(slot, edit);
        return Optional.empty();
    }

    private static boolean taggedDefault(Element element) {
        String tag = element.getAttributeNS(WithDefaultsMode.ATTRIBUTE_NAMESPACE, "default").strip();
        return "true".equals(tag) || "1".equals(tag);
    }

    /**
     * RFC 6243 §4.5.2: a leaf tagged {@code wd:default="true"} (as report-all-tagged shows it) asks
     * for its default. Its value must be the schema default; the leaf then holds no value of its
     * own, so it follows the schema. Create still refuses a leaf that exists; delete and remove are
     * not affected by the tag.
     */
    private Optional<DataContainerChild> readTaggedDefault(LeafSchemaNode leaf, Element element,
            YangInstanceIdentifier path) throws DatastoreException {
        Optional<EditOperation> operation = operationOf(element, path);
        if (operation.isPresent()
                && (operation.get() == EditOperation.DELETE || operation.get() == EditOperation.REMOVE)) {
            operations.add(Edit.of(operation.get(), path));
            return Optional.empty();
        }
        Object value = value(leaf, element, path);
        Optional<? extends Object> lexicalDefault = leaf.getType().getDefaultValue();
        Optional<Object> schemaDefault = lexicalDefault.isEmpty() ? Optional.empty()
            : Optional.of(parse(leaf, element, path, String.valueOf(lexicalDefault.orElseThrow())));
        if (!schemaDefault.equals(Optional.of(value))) {
            throw new DatastoreException(ErrorTag.INVALID_VALUE, path(path),
                BadNode.attribute(element.getLocalName(), "default"),
                render(path) + " is tagged as its default but " + schemaDefault.map(d -> "its default is " + d)
                    .orElse("it has no default"));
        }
        if (honourOperations) {
            if (operation.equals(Optional.of(EditOperation.CREATE))) {
                operations.add(Edit.of(EditOperation.CREATE, path, ImmutableNodes.leafNode(
                    NodeIdentifier.create(leaf.getQName()), value)));
            }
            operations.add(Edit.of(EditOperation.REMOVE, path));
        }
        return Optional.empty();
    }

    private Optional<EditOperation> operationOf(Element element, YangInstanceIdentifier path)
            throws DatastoreException {
        @Nullable Attr attribute = element.getAttributeNodeNS(XmlDataCodec.NETCONF_BASE_NS, "operation");
        if (!honourOperations || attribute == null) {
            return Optional.empty();
        }
        String value = attribute.getValue().strip();
        for (EditOperation operation : EditOperation.values()) {
            if (operation.xmlName().equals(value)) {
                return Optional.of(operation);
            }
        }
        throw new DatastoreException(ErrorTag.BAD_ATTRIBUTE, path(path),
            BadNode.attribute(element.getLocalName(), "operation"),
            "operation \"" + value + "\" on " + render(path) + " is none of "
                + List.of(EditOperation.values()).stream().map(EditOperation::xmlName).toList());
    }

    private Object value(TypedDataSchemaNode node, Element element, YangInstanceIdentifier path)
            throws DatastoreException {
        if (!childElements(element).isEmpty()) {
            throw new DatastoreException(ErrorTag.BAD_ELEMENT, path(path),
                BadNode.element(element.getLocalName()), render(path) + " holds a value, not elements");
        }
        String text = element.getTextContent();
        // Surrounding white space is layout, except in strings where it may be the value.
        return parse(node, element, path, node.getType() instanceof StringTypeDefinition ? text : text.strip());
    }

    private Object parse(TypedDataSchemaNode node, Element element, YangInstanceIdentifier path, String lexical)
            throws DatastoreException {
        LeafrefResolver resolver = leafref -> tree.enterPath(path).orElseThrow().stack().resolveLeafref(leafref);
        try {
            return codecs.codecFor(node, resolver).parseValue(new DomNamespaceContext(element), lexical);
        } catch (IllegalArgumentException e) {
            throw new DatastoreException(ErrorTag.INVALID_VALUE, path(path),
                "invalid value \"" + lexical + "\" for " + render(path) + ": " + e.getMessage(), e);
        }
    }

    private QName qnameOf(Element element, YangInstanceIdentifier parentPath) throws DatastoreException {
        @Nullable String namespace = element.getNamespaceURI();
        Optional<? extends Module> module = Optional.empty();
        if (namespace != null) {
            try {
                module = schema.findModules(XMLNamespace.of(namespace)).stream().findFirst();
            } catch (IllegalArgumentException e) {
                module = Optional.empty();
            }
        }
        if (module.isEmpty()) {
            throw new DatastoreException(ErrorTag.UNKNOWN_NAMESPACE, path(parentPath),
                BadNode.namespace(element.getLocalName(), namespace == null ? "" : namespace),
                "unknown namespace for element " + describe(element) + " in " + render(parentPath));
        }
        return QName.create(module.orElseThrow().getQNameModule(), element.getLocalName());
    }

    private Element single(List<Element> elements, YangInstanceIdentifier path) throws DatastoreException {
        if (elements.size() > 1) {
            throw new DatastoreException(ErrorTag.BAD_ELEMENT, path(path),
                BadNode.element(elements.get(1).getLocalName()), render(path) + " appears more than once");
        }
        return elements.getFirst();
    }

    static List<Element> childElements(Element parent) {
        List<Element> children = new ArrayList<>();
        for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element element) {
                children.add(element);
            }
        }
        return children;
    }

    private static String describe(Element element) {
        @Nullable String namespace = element.getNamespaceURI();
        return "\"" + element.getLocalName() + "\"" + (namespace == null ? " (no namespace)"
            : " (namespace " + namespace + ")");
    }

    private Optional<String> path(YangInstanceIdentifier path) {
        return Optional.of(render(path));
    }

    private String render(YangInstanceIdentifier path) {
        return ErrorPaths.render(path, schema);
    }

    /** Reads the data of one element; may fail like the rest of the reader. */
    @FunctionalInterface
    private interface NodeReader<T extends NormalizedNode> {
        T read() throws DatastoreException;
    }
}
