package org.takahe.datastore.xml;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.xml.XMLConstants;
import org.jspecify.annotations.Nullable;
import org.opendaylight.yangtools.yang.common.QName;
import org.opendaylight.yangtools.yang.common.XMLNamespace;
import org.opendaylight.yangtools.yang.data.api.YangInstanceIdentifier;
import org.opendaylight.yangtools.yang.data.api.YangInstanceIdentifier.NodeIdentifierWithPredicates;
import org.opendaylight.yangtools.yang.data.util.DataSchemaContext;
import org.opendaylight.yangtools.yang.data.util.DataSchemaContext.Composite;
import org.opendaylight.yangtools.yang.data.util.DataSchemaContext.PathMixin;
import org.opendaylight.yangtools.yang.model.api.ChoiceSchemaNode;
import org.opendaylight.yangtools.yang.model.api.EffectiveModelContext;
import org.opendaylight.yangtools.yang.model.api.LeafListSchemaNode;
import org.opendaylight.yangtools.yang.model.api.LeafSchemaNode;
import org.opendaylight.yangtools.yang.model.api.ListSchemaNode;
import org.opendaylight.yangtools.yang.model.api.Module;
import org.opendaylight.yangtools.yang.model.api.TypedDataSchemaNode;
import org.takahe.datastore.ConfigDefaults;
import org.takahe.datastore.WithDefaultsMode;
import org.w3c.dom.Element;

/**
 * Marks, in data already written as XML, every leaf and leaf-list that holds its schema default
 * with {@code wd:default="true"} (RFC 6243 §3.4, report-all-tagged). Works on the XML so it sees
 * exactly what the client will; values are compared as parsed values, not as text.
 */
final class DefaultTagger {

    private final EffectiveModelContext schema;
    private final XmlDataCodec codec;
    private final ConfigDefaults defaults;

    DefaultTagger(XmlDataCodec codec, ConfigDefaults defaults) {
        this.schema = codec.schema();
        this.codec = codec;
        this.defaults = defaults;
    }

    /** Tags the default nodes below {@code data} and declares the wd prefix on it. */
    void tag(Element data, Composite root) {
        data.setAttributeNS(XMLConstants.XMLNS_ATTRIBUTE_NS_URI, "xmlns:wd", WithDefaultsMode.ATTRIBUTE_NAMESPACE);
        tagChildren(data, root, YangInstanceIdentifier.of());
    }

    private void tagChildren(Element parent, Composite context, YangInstanceIdentifier path) {
        Map<QName, List<Element>> leafLists = new LinkedHashMap<>();
        Map<QName, LeafListSchemaNode> leafListSchemas = new LinkedHashMap<>();
        Map<QName, YangInstanceIdentifier> leafListPaths = new LinkedHashMap<>();
        for (Element element : ConfigXmlReader.childElements(parent)) {
            Optional<QName> name = qnameOf(element);
            if (name.isEmpty()) {
                continue;
            }
            QName qname = name.orElseThrow();
            @Nullable DataSchemaContext child = context.childByQName(qname);
            YangInstanceIdentifier childPath = path;
            // Lists, leaf-lists and choices have no element of their own: step through them.
            while (child instanceof PathMixin && child instanceof Composite mixin) {
                childPath = child.dataSchemaNode() instanceof ListSchemaNode
                    ? childPath.node(child.pathStep()).node(NodeIdentifierWithPredicates.of(qname))
                    : childPath.node(child.pathStep());
                child = child.dataSchemaNode() instanceof ChoiceSchemaNode || child.dataSchemaNode()
                    instanceof ListSchemaNode || child.dataSchemaNode() instanceof LeafListSchemaNode
                    ? mixin.childByQName(qname) : null;
            }
            if (child == null) {
                continue;
            }
            switch (child.dataSchemaNode()) {
                case LeafSchemaNode leaf -> {
                    if (isDefault(leaf, childPath.node(qname), List.of(element))) {
                        mark(element);
                    }
                }
                case LeafListSchemaNode leafList -> {
                    leafLists.computeIfAbsent(qname, q -> new ArrayList<>()).add(element);
                    leafListSchemas.put(qname, leafList);
                    leafListPaths.put(qname, childPath);
                }
                default -> {
                    if (child instanceof Composite composite) {
                        tagChildren(element, composite,
                            child.dataSchemaNode() instanceof ListSchemaNode ? childPath : childPath.node(qname));
                    }
                }
            }
        }
        leafLists.forEach((qname, elements) -> {
            if (isDefault(leafListSchemas.get(qname), leafListPaths.get(qname), elements)) {
                elements.forEach(DefaultTagger::mark);
            }
        });
    }

    private boolean isDefault(TypedDataSchemaNode node, YangInstanceIdentifier path, List<Element> elements) {
        List<Object> expected = defaults.defaultsOf(node, path);
        if (expected.isEmpty() || expected.size() != elements.size()) {
            return false;
        }
        List<Object> values = new ArrayList<>();
        for (Element element : elements) {
            try {
                values.add(codec.parseValue(node, path, new DomNamespaceContext(element),
                    element.getTextContent()));
            } catch (IllegalArgumentException e) {
                return false;
            }
        }
        return expected.equals(values);
    }

    private static void mark(Element element) {
        element.setAttributeNS(WithDefaultsMode.ATTRIBUTE_NAMESPACE, "wd:default", "true");
    }

    private Optional<QName> qnameOf(Element element) {
        @Nullable String namespace = element.getNamespaceURI();
        if (namespace == null) {
            return Optional.empty();
        }
        try {
            return schema.findModules(XMLNamespace.of(namespace)).stream().findFirst()
                .map(Module::getQNameModule).map(module -> QName.create(module, element.getLocalName()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
