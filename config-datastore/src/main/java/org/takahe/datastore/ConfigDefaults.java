package org.takahe.datastore;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.opendaylight.yangtools.yang.data.api.YangInstanceIdentifier;
import org.opendaylight.yangtools.yang.data.api.YangInstanceIdentifier.NodeIdentifier;
import org.opendaylight.yangtools.yang.data.api.YangInstanceIdentifier.NodeWithValue;
import org.opendaylight.yangtools.yang.data.api.schema.ChoiceNode;
import org.opendaylight.yangtools.yang.data.api.schema.ContainerNode;
import org.opendaylight.yangtools.yang.data.api.schema.DataContainerChild;
import org.opendaylight.yangtools.yang.data.api.schema.DataContainerNode;
import org.opendaylight.yangtools.yang.data.api.schema.LeafNode;
import org.opendaylight.yangtools.yang.data.api.schema.LeafSetEntryNode;
import org.opendaylight.yangtools.yang.data.api.schema.LeafSetNode;
import org.opendaylight.yangtools.yang.data.api.schema.MapEntryNode;
import org.opendaylight.yangtools.yang.data.api.schema.MapNode;
import org.opendaylight.yangtools.yang.data.api.schema.UserMapNode;
import org.opendaylight.yangtools.yang.data.api.schema.builder.CollectionNodeBuilder;
import org.opendaylight.yangtools.yang.data.api.schema.builder.DataContainerNodeBuilder;
import org.opendaylight.yangtools.yang.data.spi.node.ImmutableNodes;
import org.opendaylight.yangtools.yang.model.api.CaseSchemaNode;
import org.opendaylight.yangtools.yang.model.api.ChoiceSchemaNode;
import org.opendaylight.yangtools.yang.model.api.ContainerSchemaNode;
import org.opendaylight.yangtools.yang.model.api.DataNodeContainer;
import org.opendaylight.yangtools.yang.model.api.DataSchemaNode;
import org.opendaylight.yangtools.yang.model.api.EffectiveModelContext;
import org.opendaylight.yangtools.yang.model.api.LeafListSchemaNode;
import org.opendaylight.yangtools.yang.model.api.LeafSchemaNode;
import org.opendaylight.yangtools.yang.model.api.ListSchemaNode;
import org.opendaylight.yangtools.yang.model.api.TypedDataSchemaNode;
import org.takahe.datastore.xml.XmlDataCodec;

/**
 * The default values of the schema (RFC 7950 §7.6.1, §7.7.2, §7.9.3), which yangtools knows but
 * never puts in data: fills them in (RFC 6243 report-all) and takes them out (trim). A default
 * applies where its parent exists, where its parent is a non-presence container that would exist,
 * and inside a choice's selected case, or its default case when no case is selected. List keys
 * never take defaults. Immutable and safe to share; default values are parsed once per schema node.
 */
public final class ConfigDefaults {

    private final EffectiveModelContext schema;
    private final XmlDataCodec codec;
    private final Map<DataSchemaNode, List<Object>> defaults = new ConcurrentHashMap<>();

    public ConfigDefaults(EffectiveModelContext schema) {
        this.schema = schema;
        this.codec = new XmlDataCodec(schema);
    }

    /** The configuration (and, with {@code withState}, state) with every default that applies filled in. */
    public ContainerNode reportAll(ContainerNode root, boolean withState) {
        return (ContainerNode) fill(root, schema, YangInstanceIdentifier.of(), withState);
    }

    /** The data without the leaves and leaf-lists that hold their default value (RFC 6243 trim). */
    public ContainerNode trim(ContainerNode root) {
        return (ContainerNode) trimmed(root, schema, YangInstanceIdentifier.of()).orElseGet(DataRoots::empty);
    }

    /** The data as the with-defaults mode asks to report it; REPORT_ALL_TAGGED gives report-all's data. */
    public ContainerNode apply(WithDefaultsMode mode, ContainerNode root, boolean withState) {
        return switch (mode) {
            case EXPLICIT -> root;
            case TRIM -> trim(root);
            case REPORT_ALL, REPORT_ALL_TAGGED -> reportAll(root, withState);
        };
    }

    /**
     * The default of a leaf (one value) or leaf-list (its default values, in order); empty when it
     * has none.
     *
     * @param path where the node is in the data, to resolve leafref types
     */
    public List<Object> defaultsOf(TypedDataSchemaNode node, YangInstanceIdentifier path) {
        return defaults.computeIfAbsent(node, n -> parseDefaults(node, path));
    }

    private List<Object> parseDefaults(TypedDataSchemaNode node, YangInstanceIdentifier path) {
        Collection<? extends Object> lexical = switch (node) {
            case LeafSchemaNode leaf -> leaf.getType().getDefaultValue().map(List::of).orElse(List.of());
            case LeafListSchemaNode leafList -> leafList.getDefaults();
            default -> List.of();
        };
        List<Object> values = new ArrayList<>();
        for (Object value : lexical) {
            values.add(codec.parseDefault(node, path, String.valueOf(value)));
        }
        return List.copyOf(values);
    }

    private DataContainerNode fill(DataContainerNode data, DataNodeContainer container, YangInstanceIdentifier path,
            boolean withState) {
        Map<NodeIdentifier, DataContainerChild> children = new LinkedHashMap<>();
        boolean changed = false;
        for (DataSchemaNode child : container.getChildNodes()) {
            if (!withState && !isConfig(child)) {
                continue;
            }
            NodeIdentifier step = NodeIdentifier.create(child.getQName());
            @Nullable DataContainerChild present = data.childByArg(step);
            @Nullable DataContainerChild filled = fillChild(child, present, path.node(step), withState, container);
            if (filled != null && filled != present) {
                children.put(step, filled);
                changed = true;
            }
        }
        if (!changed) {
            return data;
        }
        return rebuilt(data, children);
    }

    private @Nullable DataContainerChild fillChild(DataSchemaNode child, @Nullable DataContainerChild present,
            YangInstanceIdentifier path, boolean withState, DataNodeContainer parent) {
        NodeIdentifier step = NodeIdentifier.create(child.getQName());
        return switch (child) {
            case LeafSchemaNode leaf when present == null && !isKey(leaf, parent) ->
                defaultsOf(leaf, path).stream().findFirst().map(value -> ImmutableNodes.leafNode(step, value))
                    .orElse(null);
            case LeafListSchemaNode leafList when present == null -> defaultLeafSet(leafList, path);
            case ContainerSchemaNode container when present instanceof DataContainerNode node ->
                (DataContainerChild) fill(node, container, path, withState);
            case ContainerSchemaNode container when present == null && !container.isPresenceContainer() -> {
                DataContainerNode empty = ImmutableNodes.newContainerBuilder().withNodeIdentifier(step).build();
                DataContainerNode filled = fill(empty, container, path, withState);
                yield filled.isEmpty() ? null : (DataContainerChild) filled;
            }
            case ListSchemaNode list when present instanceof MapNode map -> fillEntries(map, list, path, withState);
            case ChoiceSchemaNode choice -> fillChoice(choice, present, path, withState);
            default -> present;
        };
    }

    private @Nullable DataContainerChild defaultLeafSet(LeafListSchemaNode leafList, YangInstanceIdentifier path) {
        List<Object> values = defaultsOf(leafList, path);
        if (values.isEmpty()) {
            return null;
        }
        var set = leafList.isUserOrdered() ? ImmutableNodes.newUserLeafSetBuilder()
            : ImmutableNodes.newSystemLeafSetBuilder();
        set.withNodeIdentifier(NodeIdentifier.create(leafList.getQName()));
        for (Object value : values) {
            set.withChild(ImmutableNodes.leafSetEntry(new NodeWithValue<>(leafList.getQName(), value)));
        }
        return (DataContainerChild) set.build();
    }

    private DataContainerChild fillEntries(MapNode map, ListSchemaNode list, YangInstanceIdentifier path,
            boolean withState) {
        CollectionNodeBuilder<MapEntryNode, ? extends MapNode> builder = map instanceof UserMapNode
            ? ImmutableNodes.newUserMapBuilder() : ImmutableNodes.newSystemMapBuilder();
        builder.withNodeIdentifier(map.name());
        boolean changed = false;
        for (MapEntryNode entry : map.body()) {
            MapEntryNode filled = (MapEntryNode) fill(entry, list, path.node(entry.name()), withState);
            changed |= filled != entry;
            builder.withChild(filled);
        }
        return changed ? builder.build() : map;
    }

    private @Nullable DataContainerChild fillChoice(ChoiceSchemaNode choice, @Nullable DataContainerChild present,
            YangInstanceIdentifier path, boolean withState) {
        ChoiceNode chosen = present instanceof ChoiceNode node ? node
            : ImmutableNodes.newChoiceBuilder().withNodeIdentifier(NodeIdentifier.create(choice.getQName())).build();
        Optional<CaseSchemaNode> active = activeCase(chosen, choice).or(choice::getDefaultCase);
        if (active.isEmpty()) {
            return present;
        }
        DataContainerNode filled = fill(chosen, active.orElseThrow(), path, withState);
        return filled.isEmpty() && present == null ? null : (DataContainerChild) filled;
    }

    private Optional<DataContainerNode> trimmed(DataContainerNode data, DataNodeContainer container,
            YangInstanceIdentifier path) {
        Map<NodeIdentifier, DataContainerChild> children = new LinkedHashMap<>();
        List<NodeIdentifier> removed = new ArrayList<>();
        for (DataContainerChild child : data.body()) {
            Optional<DataSchemaNode> schemaNode = schemaOf(container, child, data);
            if (schemaNode.isEmpty()) {
                continue;
            }
            Optional<DataContainerChild> kept = trimChild(schemaNode.orElseThrow(), child,
                path.node(child.name()), container);
            if (kept.isEmpty()) {
                removed.add((NodeIdentifier) child.name());
            } else if (kept.orElseThrow() != child) {
                children.put((NodeIdentifier) child.name(), kept.orElseThrow());
            }
        }
        if (children.isEmpty() && removed.isEmpty()) {
            return Optional.of(data);
        }
        DataContainerNode result = rebuiltWithout(data, children, removed);
        return Optional.of(result);
    }

    private Optional<DataContainerChild> trimChild(DataSchemaNode schemaNode, DataContainerChild child,
            YangInstanceIdentifier path, DataNodeContainer parent) {
        return switch (schemaNode) {
            case LeafSchemaNode leaf when child instanceof LeafNode<?> value && !isKey(leaf, parent)
                && defaultsOf(leaf, path).equals(List.of(value.body())) -> Optional.empty();
            case LeafListSchemaNode leafList when child instanceof LeafSetNode<?> set
                && holdsDefaults(leafList, set, path) -> Optional.empty();
            case ContainerSchemaNode container when child instanceof DataContainerNode node ->
                trimmed(node, container, path).filter(t -> container.isPresenceContainer() || !t.isEmpty())
                    .map(DataContainerChild.class::cast);
            case ListSchemaNode list when child instanceof MapNode map -> Optional.of(trimEntries(map, list, path));
            case ChoiceSchemaNode choice when child instanceof ChoiceNode chosen ->
                activeCase(chosen, choice).flatMap(caze -> trimmed(chosen, caze, path))
                    .filter(t -> !t.isEmpty()).map(DataContainerChild.class::cast);
            default -> Optional.of(child);
        };
    }

    private DataContainerChild trimEntries(MapNode map, ListSchemaNode list, YangInstanceIdentifier path) {
        CollectionNodeBuilder<MapEntryNode, ? extends MapNode> builder = map instanceof UserMapNode
            ? ImmutableNodes.newUserMapBuilder() : ImmutableNodes.newSystemMapBuilder();
        builder.withNodeIdentifier(map.name());
        boolean changed = false;
        for (MapEntryNode entry : map.body()) {
            MapEntryNode kept = (MapEntryNode) trimmed(entry, list, path.node(entry.name())).orElseThrow();
            changed |= kept != entry;
            builder.withChild(kept);
        }
        return changed ? builder.build() : map;
    }

    /** Whether a leaf-list holds exactly its defaults (in their order, if the user orders it). */
    private boolean holdsDefaults(LeafListSchemaNode leafList, LeafSetNode<?> set, YangInstanceIdentifier path) {
        List<Object> expected = defaultsOf(leafList, path);
        List<Object> values = set.body().stream().map(LeafSetEntryNode::body).map(Object.class::cast).toList();
        if (expected.isEmpty()) {
            return false;
        }
        return leafList.isUserOrdered() ? expected.equals(values)
            : expected.size() == values.size() && java.util.Set.copyOf(expected).equals(java.util.Set.copyOf(values));
    }

    /** The case one of whose nodes is present in the choice's data. */
    private static Optional<CaseSchemaNode> activeCase(ChoiceNode chosen, ChoiceSchemaNode choice) {
        for (CaseSchemaNode caze : choice.getCases()) {
            for (DataSchemaNode child : caze.getChildNodes()) {
                if (chosen.childByArg(NodeIdentifier.create(child.getQName())) != null) {
                    return Optional.of(caze);
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<DataSchemaNode> schemaOf(DataNodeContainer container, DataContainerChild child,
            DataContainerNode data) {
        if (data instanceof ChoiceNode && container instanceof CaseSchemaNode caze) {
            return caze.findDataChildByName(child.name().getNodeType()).map(DataSchemaNode.class::cast);
        }
        return container.findDataChildByName(child.name().getNodeType()).map(DataSchemaNode.class::cast);
    }

    private static boolean isKey(LeafSchemaNode leaf, DataNodeContainer parent) {
        return parent instanceof ListSchemaNode list && list.getKeyDefinition().contains(leaf.getQName());
    }

    private static boolean isConfig(DataSchemaNode node) {
        return node.effectiveConfig().orElse(Boolean.TRUE);
    }

    private static DataContainerNode rebuilt(DataContainerNode data, Map<NodeIdentifier, DataContainerChild> replaced) {
        return rebuiltWithout(data, replaced, List.of());
    }

    /** A copy of a container, list entry or choice with some children replaced or added, some removed. */
    private static DataContainerNode rebuiltWithout(DataContainerNode data,
            Map<NodeIdentifier, DataContainerChild> replaced, List<NodeIdentifier> removed) {
        Map<Object, DataContainerChild> children = new LinkedHashMap<>();
        for (DataContainerChild child : data.body()) {
            children.put(child.name(), child);
        }
        removed.forEach(children::remove);
        children.putAll(replaced);
        DataContainerNodeBuilder<?, ? extends DataContainerNode> builder = switch (data) {
            case ContainerNode container -> ImmutableNodes.newContainerBuilder().withNodeIdentifier(container.name());
            case MapEntryNode entry -> ImmutableNodes.newMapEntryBuilder().withNodeIdentifier(entry.name());
            case ChoiceNode choice -> ImmutableNodes.newChoiceBuilder().withNodeIdentifier(choice.name());
            default -> throw new IllegalArgumentException("unexpected data container " + data.getClass());
        };
        children.values().forEach(builder::withChild);
        return builder.build();
    }
}
