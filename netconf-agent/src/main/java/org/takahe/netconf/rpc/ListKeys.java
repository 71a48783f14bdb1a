package org.takahe.netconf.rpc;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.opendaylight.yangtools.yang.common.QName;
import org.opendaylight.yangtools.yang.common.XMLNamespace;
import org.opendaylight.yangtools.yang.model.api.DataNodeContainer;
import org.opendaylight.yangtools.yang.model.api.DataSchemaNode;
import org.opendaylight.yangtools.yang.model.api.EffectiveModelContext;
import org.opendaylight.yangtools.yang.model.api.ListSchemaNode;
import org.opendaylight.yangtools.yang.model.api.Module;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Which child elements of a data element are list keys, found from the schema by the element's
 * ancestry. Subtree filtering always returns the keys of a selected list entry, or the client
 * could not tell the entries apart.
 */
final class ListKeys {

    private final EffectiveModelContext schema;

    ListKeys(EffectiveModelContext schema) {
        this.schema = schema;
    }

    /** Local names of the key leaves when {@code entry} is a list entry, else an empty set. */
    Set<String> of(Element entry) {
        Deque<Element> chain = new ArrayDeque<>();
        for (Node node = entry; node instanceof Element element && !isDataRoot(element); node = node.getParentNode()) {
            chain.push(element);
        }
        DataNodeContainer container = schema;
        DataSchemaNode found = null;
        for (Element element : chain) {
            Optional<DataSchemaNode> child = qname(schema, element).flatMap(container::findDataTreeChild);
            if (child.isEmpty()) {
                return Set.of();
            }
            found = child.orElseThrow();
            if (!(found instanceof DataNodeContainer next)) {
                return Set.of();
            }
            container = next;
        }
        return found instanceof ListSchemaNode list
            ? list.getKeyDefinition().stream().map(QName::getLocalName).collect(Collectors.toUnmodifiableSet())
            : Set.of();
    }

    /** The schema name of a data element: its namespace's module and its local name. */
    static Optional<QName> qname(EffectiveModelContext schema, Element element) {
        String namespace = element.getNamespaceURI();
        if (namespace == null || namespace.isEmpty()) {
            return Optional.empty();
        }
        return schema.findModules(XMLNamespace.of(namespace)).stream().findFirst()
            .map(Module::getQNameModule)
            .map(module -> QName.create(module, element.getLocalName()));
    }

    private static boolean isDataRoot(Element element) {
        return NetconfXml.BASE_NS.equals(element.getNamespaceURI()) && "data".equals(element.getLocalName());
    }
}
