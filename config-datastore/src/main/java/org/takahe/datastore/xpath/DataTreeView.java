package org.takahe.datastore.xpath;

import java.util.Base64;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.opendaylight.yangtools.yang.common.Empty;
import org.opendaylight.yangtools.yang.common.QName;
import org.opendaylight.yangtools.yang.data.api.YangInstanceIdentifier;
import org.opendaylight.yangtools.yang.data.api.YangInstanceIdentifier.NodeIdentifier;
import org.opendaylight.yangtools.yang.data.api.schema.ChoiceNode;
import org.opendaylight.yangtools.yang.data.api.schema.ContainerNode;
import org.opendaylight.yangtools.yang.data.api.schema.DataContainerChild;
import org.opendaylight.yangtools.yang.data.api.schema.DataContainerNode;
import org.opendaylight.yangtools.yang.data.api.schema.LeafNode;
import org.opendaylight.yangtools.yang.data.api.schema.LeafSetEntryNode;
import org.opendaylight.yangtools.yang.data.api.schema.LeafSetNode;
import org.opendaylight.yangtools.yang.data.api.schema.MapEntryNode;
import org.opendaylight.yangtools.yang.data.api.schema.MapNode;
import org.opendaylight.yangtools.yang.data.api.schema.UnkeyedListEntryNode;
import org.opendaylight.yangtools.yang.data.api.schema.UnkeyedListNode;
import org.opendaylight.yangtools.yang.model.api.CaseSchemaNode;
import org.opendaylight.yangtools.yang.model.api.ChoiceSchemaNode;
import org.opendaylight.yangtools.yang.model.api.ContainerSchemaNode;
import org.opendaylight.yangtools.yang.model.api.DataNodeContainer;
import org.opendaylight.yangtools.yang.model.api.DataSchemaNode;
import org.opendaylight.yangtools.yang.model.api.EffectiveModelContext;
import org.opendaylight.yangtools.yang.model.api.LeafListSchemaNode;
import org.opendaylight.yangtools.yang.model.api.LeafSchemaNode;
import org.takahe.datastore.ErrorPaths;

/**
 * Builds the tree must and when expressions see (RFC 7950 §6.4.1's accessible tree) from a whole
 * configuration: its nodes, plus the default values in use and the non-presence containers that
 * exist implicitly. Each node remembers its schema node and data path ({@link DataNodeOrigin}).
 */
final class DataTreeView {

    private final Map<String, String> prefixByNamespace;

    DataTreeView(EffectiveModelContext schema) {
        this.prefixByNamespace = ErrorPaths.prefixes(schema).entrySet().stream()
            .collect(Collectors.toUnmodifiableMap(Map.Entry::getValue, Map.Entry::getKey, (a, b) -> a));
    }

    XNode build(ContainerNode root, EffectiveModelContext schema) {
        XNode top = XNode.root(null);
        addChildren(top, root, schema, YangInstanceIdentifier.of());
        return top;
    }

    private void addChildren(XNode into, DataContainerNode data, DataNodeContainer schema,
            YangInstanceIdentifier path) {
        for (DataContainerChild child : data.body()) {
            QName name = child.name().getNodeType();
            DataSchemaNode childSchema = schema.dataChildByName(name);
            if (childSchema == null) {
                continue;
            }
            YangInstanceIdentifier childPath = path.node(child.name());
            switch (child) {
                case ChoiceNode choice when childSchema instanceof ChoiceSchemaNode choiceSchema ->
                    activeCase(choice, choiceSchema)
                        .ifPresent(caze -> addChildren(into, choice, caze, childPath));
                case ContainerNode container when childSchema instanceof ContainerSchemaNode containerSchema ->
                    addChildren(element(into, childSchema, childPath, false), container, containerSchema, childPath);
                case MapNode map when childSchema instanceof DataNodeContainer listSchema -> {
                    for (MapEntryNode entry : map.body()) {
                        YangInstanceIdentifier entryPath = childPath.node(entry.name());
                        addChildren(element(into, childSchema, entryPath, false), entry, listSchema, entryPath);
                    }
                }
                case UnkeyedListNode list when childSchema instanceof DataNodeContainer listSchema -> {
                    for (UnkeyedListEntryNode entry : list.body()) {
                        addChildren(element(into, childSchema, childPath, false), entry, listSchema, childPath);
                    }
                }
                case LeafNode<?> leaf -> leaf(into, childSchema, childPath, leaf.body(), false);
                case LeafSetNode<?> leaves -> {
                    for (LeafSetEntryNode<?> entry : leaves.body()) {
                        leaf(into, childSchema, childPath.node(entry.name()), entry.body(), false);
                    }
                }
                default -> {
                    // anydata and anyxml hold no values XPath compares here
                }
            }
        }
        addDefaults(into, data, schema, path);
    }

    /**
     * Adds what exists without being written: leaves and leaf-lists with defaults, non-presence
     * containers (with their own defaults), and the default case of an unset choice.
     */
    private void addDefaults(XNode into, @Nullable DataContainerNode data, DataNodeContainer schema,
            YangInstanceIdentifier path) {
        for (DataSchemaNode child : schema.getChildNodes()) {
            if (!child.effectiveConfig().orElse(Boolean.TRUE)) {
                continue;
            }
            NodeIdentifier step = NodeIdentifier.create(child.getQName());
            if (data != null && data.childByArg(step) != null) {
                continue;
            }
            YangInstanceIdentifier childPath = path.node(step);
            switch (child) {
                case LeafSchemaNode leaf -> leaf.getType().getDefaultValue()
                    .ifPresent(value -> leaf(into, leaf, childPath, value, true));
                case LeafListSchemaNode leafList -> leafList.getDefaults()
                    .forEach(value -> leaf(into, leafList, childPath, value, true));
                case ContainerSchemaNode container when !container.isPresenceContainer() ->
                    addDefaults(element(into, container, childPath, true), null, container, childPath);
                case ChoiceSchemaNode choice -> choice.getDefaultCase()
                    .ifPresent(caze -> addDefaults(into, null, caze, childPath));
                default -> {
                    // lists and presence containers exist only when written
                }
            }
        }
    }

    private static java.util.Optional<? extends CaseSchemaNode> activeCase(ChoiceNode data, ChoiceSchemaNode schema) {
        return schema.getCases().stream()
            .filter(caze -> caze.getChildNodes().stream()
                .anyMatch(child -> data.childByArg(NodeIdentifier.create(child.getQName())) != null))
            .findFirst();
    }

    private static XNode element(XNode into, DataSchemaNode schema, YangInstanceIdentifier path,
            boolean implicit) {
        QName name = schema.getQName();
        return into.addChild(name.getNamespace().toString(), name.getLocalName(), null,
            new DataNodeOrigin(path, schema, null, implicit));
    }

    private void leaf(XNode into, DataSchemaNode schema, YangInstanceIdentifier path, Object value,
            boolean isDefault) {
        QName name = schema.getQName();
        into.addChild(name.getNamespace().toString(), name.getLocalName(), text(value),
            new DataNodeOrigin(path, schema, value, isDefault));
    }

    /** A value's lexical form, as the XML encoding would write it (identities with our prefixes). */
    private String text(Object value) {
        return switch (value) {
            case QName identity -> {
                String prefix = prefixByNamespace.get(identity.getNamespace().toString());
                yield prefix == null ? identity.getLocalName() : prefix + ":" + identity.getLocalName();
            }
            case byte[] bytes -> Base64.getEncoder().encodeToString(bytes);
            case Set<?> bits -> bits.stream().map(String::valueOf).collect(Collectors.joining(" "));
            case Empty empty -> "";
            default -> String.valueOf(value);
        };
    }
}
