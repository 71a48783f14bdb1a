package org.takahe.netconf.monitoring;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.opendaylight.yangtools.yang.common.QName;
import org.opendaylight.yangtools.yang.common.QNameModule;
import org.opendaylight.yangtools.yang.common.Revision;
import org.opendaylight.yangtools.yang.common.XMLNamespace;
import org.opendaylight.yangtools.yang.data.api.YangInstanceIdentifier.NodeIdentifier;
import org.opendaylight.yangtools.yang.data.api.YangInstanceIdentifier.NodeIdentifierWithPredicates;
import org.opendaylight.yangtools.yang.data.api.YangInstanceIdentifier.NodeWithValue;
import org.opendaylight.yangtools.yang.data.api.schema.ChoiceNode;
import org.opendaylight.yangtools.yang.data.api.schema.ContainerNode;
import org.opendaylight.yangtools.yang.data.api.schema.DataContainerChild;
import org.opendaylight.yangtools.yang.data.api.schema.LeafNode;
import org.opendaylight.yangtools.yang.data.api.schema.MapEntryNode;
import org.opendaylight.yangtools.yang.data.api.schema.SystemLeafSetNode;
import org.opendaylight.yangtools.yang.data.api.schema.SystemMapNode;
import org.opendaylight.yangtools.yang.data.spi.node.ImmutableNodes;

/**
 * Builds the state trees of one module by local name, which keeps the state builders as short as
 * the YANG they follow.
 */
final class Nodes {

    private final QNameModule module;

    Nodes(String namespace, String revision) {
        this.module = QNameModule.of(XMLNamespace.of(namespace), Revision.of(revision));
    }

    QName name(String localName) {
        return QName.create(module, localName);
    }

    ContainerNode container(String localName, Collection<? extends DataContainerChild> children) {
        var builder = ImmutableNodes.newContainerBuilder().withNodeIdentifier(new NodeIdentifier(name(localName)));
        children.forEach(builder::withChild);
        return builder.build();
    }

    ContainerNode container(String localName, DataContainerChild... children) {
        return container(localName, List.of(children));
    }

    ChoiceNode choice(String localName, DataContainerChild... children) {
        var builder = ImmutableNodes.newChoiceBuilder().withNodeIdentifier(new NodeIdentifier(name(localName)));
        List.of(children).forEach(builder::withChild);
        return builder.build();
    }

    <T> LeafNode<T> leaf(String localName, T value) {
        return ImmutableNodes.leafNode(name(localName), value);
    }

    <T> SystemLeafSetNode<T> leafList(String localName, Collection<T> values) {
        QName name = name(localName);
        var builder = ImmutableNodes.<T>newSystemLeafSetBuilder()
            .withNodeIdentifier(new NodeIdentifier(name));
        values.forEach(value -> builder.withChild(ImmutableNodes.leafSetEntry(new NodeWithValue<>(name, value))));
        return builder.build();
    }

    SystemMapNode list(String localName, Collection<MapEntryNode> entries) {
        var builder = ImmutableNodes.newSystemMapBuilder().withNodeIdentifier(new NodeIdentifier(name(localName)));
        entries.forEach(builder::withChild);
        return builder.build();
    }

    /** List keys in the order the YANG list declares them: name, value, name, value... */
    static Map<String, Object> keys(Object... namesAndValues) {
        Map<String, Object> keys = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            keys.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return keys;
    }

    /**
     * A list entry whose keys are given by local name (in key order); the key leaves are added as
     * children too, as YANG requires.
     */
    MapEntryNode entry(String listName, Map<String, Object> keys, Collection<? extends DataContainerChild> others) {
        Map<QName, Object> predicates = new LinkedHashMap<>();
        keys.forEach((key, value) -> predicates.put(name(key), value));
        var builder = ImmutableNodes.newMapEntryBuilder()
            .withNodeIdentifier(NodeIdentifierWithPredicates.of(name(listName), predicates));
        predicates.forEach((key, value) -> builder.withChild(ImmutableNodes.leafNode(key, value)));
        others.forEach(builder::withChild);
        return builder.build();
    }
}
