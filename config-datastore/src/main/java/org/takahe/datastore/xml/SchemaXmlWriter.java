package org.takahe.datastore.xml;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.xml.namespace.NamespaceContext;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.jspecify.annotations.Nullable;
import org.opendaylight.yangtools.yang.common.QName;
import org.opendaylight.yangtools.yang.data.api.YangInstanceIdentifier;
import org.opendaylight.yangtools.yang.data.api.YangInstanceIdentifier.NodeIdentifier;
import org.opendaylight.yangtools.yang.data.api.YangInstanceIdentifier.PathArgument;
import org.opendaylight.yangtools.yang.data.api.schema.ChoiceNode;
import org.opendaylight.yangtools.yang.data.api.schema.DataContainerChild;
import org.opendaylight.yangtools.yang.data.api.schema.DataContainerNode;
import org.opendaylight.yangtools.yang.data.api.schema.LeafNode;
import org.opendaylight.yangtools.yang.data.api.schema.LeafSetNode;
import org.opendaylight.yangtools.yang.data.api.schema.MapEntryNode;
import org.opendaylight.yangtools.yang.data.api.schema.MapNode;
import org.opendaylight.yangtools.yang.data.api.schema.NormalizedNode;
import org.opendaylight.yangtools.yang.data.api.schema.UnkeyedListNode;
import org.opendaylight.yangtools.yang.data.api.schema.stream.NormalizedNodeWriter;
import org.opendaylight.yangtools.yang.data.codec.xml.XMLStreamNormalizedNodeStreamWriter;
import org.opendaylight.yangtools.yang.data.impl.codec.TypeDefinitionAwareCodec;
import org.opendaylight.yangtools.yang.data.util.DataSchemaContext;
import org.opendaylight.yangtools.yang.data.util.DataSchemaContextTree;
import org.opendaylight.yangtools.yang.model.api.DataSchemaNode;
import org.opendaylight.yangtools.yang.model.api.EffectiveModelContext;
import org.opendaylight.yangtools.yang.model.api.TypeDefinition;
import org.opendaylight.yangtools.yang.model.api.TypedDataSchemaNode;
import org.opendaylight.yangtools.yang.model.api.type.IdentityrefTypeDefinition;
import org.opendaylight.yangtools.yang.model.api.type.InstanceIdentifierTypeDefinition;
import org.opendaylight.yangtools.yang.model.api.type.LeafrefTypeDefinition;
import org.opendaylight.yangtools.yang.model.api.type.UnionTypeDefinition;

/**
 * Writes normalized nodes as XML exactly as yangtools' schema-aware stream writer does, but with one
 * value codec per leaf kept for the life of the schema: that writer builds a codec (compiling every
 * pattern of the type) for each leaf it writes, which dominated large get-config replies.
 *
 * <p>Leaves whose text depends on namespace prefixes in scope (identityref, instance-identifier, unions
 * holding either) and anydata/anyxml are still handed to the yangtools writer, one node at a time, so
 * their prefixes are declared as it declares them. Immutable; safe to share.
 */
final class SchemaXmlWriter {

    private final EffectiveModelContext schema;
    private final DataSchemaContextTree tree;
    private final Map<DataSchemaNode, ValueEncoder> encoders = new ConcurrentHashMap<>();

    SchemaXmlWriter(EffectiveModelContext schema, DataSchemaContextTree tree) {
        this.schema = schema;
        this.tree = tree;
    }

    /** Writes each child of the root as a top-level element, as inside {@code <data>}. */
    void writeChildren(DataContainerNode root, XMLStreamWriter out) throws IOException {
        try {
            new Run(out).children(root, tree.getRoot());
        } catch (XMLStreamException e) {
            throw new IOException("cannot write XML: " + e.getMessage(), e);
        }
    }

    /** How a leaf's value becomes text: a cached codec, or the yangtools writer for prefix-bearing types. */
    private sealed interface ValueEncoder {
        /** With no codec for the type, the value's toString, as yangtools does. */
        record Text(@Nullable TypeDefinitionAwareCodec<Object, ?> codec) implements ValueEncoder {
            String encode(Object value) {
                if (codec == null) {
                    return value.toString();
                }
                // As yangtools does: a value the codec does not take is written with toString.
                try {
                    return (String) codec.serialize(value);
                } catch (ClassCastException e) {
                    return value.toString();
                }
            }
        }

        record Delegate() implements ValueEncoder {
        }
    }

    private ValueEncoder encoderFor(DataSchemaNode node, List<PathArgument> path) {
        return encoders.computeIfAbsent(node, n -> newEncoder((TypedDataSchemaNode) n, path));
    }

    @SuppressWarnings("unchecked")
    private ValueEncoder newEncoder(TypedDataSchemaNode node, List<PathArgument> path) {
        TypeDefinition<?> type = node.getType();
        if (type instanceof LeafrefTypeDefinition leafref) {
            type = tree.enterPath(YangInstanceIdentifier.of(path)).orElseThrow().stack().resolveLeafref(leafref);
        }
        if (needsPrefixes(type)) {
            return new ValueEncoder.Delegate();
        }
        return new ValueEncoder.Text((TypeDefinitionAwareCodec<Object, ?>) TypeDefinitionAwareCodec.from(type));
    }

    private static boolean needsPrefixes(TypeDefinition<?> type) {
        return switch (type) {
            case IdentityrefTypeDefinition _ -> true;
            case InstanceIdentifierTypeDefinition _ -> true;
            case LeafrefTypeDefinition _ -> true;
            case UnionTypeDefinition union -> union.getTypes().stream().anyMatch(SchemaXmlWriter::needsPrefixes);
            default -> false;
        };
    }

    /** One document's writing: the path to the current node and the element not yet known to have content. */
    private final class Run {
        private final XMLStreamWriter out;
        private final List<PathArgument> path = new ArrayList<>();
        private final Deque<String> defaultNamespaces = new ArrayDeque<>();
        private @Nullable QName pending;

        Run(XMLStreamWriter out) {
            this.out = out;
            NamespaceContext context = out.getNamespaceContext();
            String outer = context == null ? null : context.getNamespaceURI("");
            defaultNamespaces.push(outer == null ? "" : outer);
        }

        void children(DataContainerNode parent, DataSchemaContext.Composite context)
                throws XMLStreamException, IOException {
            for (DataContainerChild child : parent.body()) {
                node(child, context);
            }
        }

        private void node(NormalizedNode node, DataSchemaContext.Composite parent)
                throws XMLStreamException, IOException {
            DataSchemaContext context = parent.childByArg(node.name());
            path.add(node.name());
            switch (node) {
                case LeafNode<?> leaf -> leaf(leaf, context, leaf.name().getNodeType());
                case LeafSetNode<?> leafSet -> leafSet(leafSet, context);
                case ChoiceNode choice -> children(choice, (DataSchemaContext.Composite) context);
                case MapNode map -> {
                    for (MapEntryNode entry : map.body()) {
                        entry(entry, (DataSchemaContext.Composite) context);
                    }
                }
                case UnkeyedListNode list -> delegate(list);
                case DataContainerNode container -> {
                    startElement(container.name().getNodeType());
                    children(container, (DataSchemaContext.Composite) context);
                    endElement();
                }
                default -> delegate(node);
            }
            path.removeLast();
        }

        private void entry(MapEntryNode entry, DataSchemaContext.Composite list)
                throws XMLStreamException, IOException {
            DataSchemaContext.Composite context = (DataSchemaContext.Composite) list.childByArg(entry.name());
            path.add(entry.name());
            startElement(entry.name().getNodeType());
            // Keys first, in the order the list declares them, as NormalizedNodeWriter does.
            for (QName key : entry.name().keySet()) {
                DataContainerChild child = entry.childByArg(new NodeIdentifier(key));
                if (child != null) {
                    node(child, context);
                }
            }
            for (DataContainerChild child : entry.body()) {
                if (!entry.name().containsKey(child.name().getNodeType())) {
                    node(child, context);
                }
            }
            endElement();
            path.removeLast();
        }

        private void leafSet(LeafSetNode<?> leafSet, DataSchemaContext context)
                throws XMLStreamException, IOException {
            if (encoderFor(context.dataSchemaNode(), path) instanceof ValueEncoder.Delegate) {
                delegate(leafSet);
                return;
            }
            for (NormalizedNode entry : leafSet.body()) {
                leaf(entry, context, leafSet.name().getNodeType());
            }
        }

        private void leaf(NormalizedNode leaf, DataSchemaContext context, QName name)
                throws XMLStreamException, IOException {
            if (!(encoderFor(context.dataSchemaNode(), path) instanceof ValueEncoder.Text encoder)) {
                delegate(leaf);
                return;
            }
            String text = encoder.encode(leaf.body());
            startElement(name);
            if (!text.isEmpty()) {
                flush();
                out.writeCharacters(text);
            }
            endElement();
        }

        /** Hands one node to the yangtools writer, positioned at its parent. */
        private void delegate(NormalizedNode node) throws XMLStreamException, IOException {
            flush();
            YangInstanceIdentifier parent = YangInstanceIdentifier.of(path.subList(0, path.size() - 1));
            NormalizedNodeWriter writer = NormalizedNodeWriter.forStreamWriter(
                XMLStreamNormalizedNodeStreamWriter.create(out, schema, parent));
            writer.write(node);
            writer.flush();
        }

        // Element handling as yangtools' writer does it: an element in the namespace already the default
        // is held back, and written empty if nothing comes before its end; another namespace is declared.
        // The default namespace is tracked here: asking the JDK writer for it costs a symbol-table lookup.
        private void startElement(QName name) throws XMLStreamException {
            flush();
            String namespace = name.getNamespace().toString();
            if (namespace.equals(defaultNamespaces.peek())) {
                pending = name;
            } else {
                out.writeStartElement("", name.getLocalName(), namespace);
                out.writeDefaultNamespace(namespace);
            }
            defaultNamespaces.push(namespace);
        }

        private void flush() throws XMLStreamException {
            if (pending != null) {
                out.writeStartElement(pending.getLocalName());
                pending = null;
            }
        }

        private void endElement() throws XMLStreamException {
            if (pending != null) {
                out.writeEmptyElement(pending.getLocalName());
                pending = null;
            } else {
                out.writeEndElement();
            }
            defaultNamespaces.pop();
        }
    }
}
