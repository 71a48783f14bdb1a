package org.takahe.datastore;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.opendaylight.yangtools.yang.common.QName;
import org.opendaylight.yangtools.yang.data.api.YangInstanceIdentifier;
import org.opendaylight.yangtools.yang.data.api.schema.ChoiceNode;
import org.opendaylight.yangtools.yang.data.api.schema.ContainerNode;
import org.opendaylight.yangtools.yang.data.api.schema.DataContainerNode;
import org.opendaylight.yangtools.yang.data.api.schema.LeafNode;
import org.opendaylight.yangtools.yang.data.api.schema.LeafSetNode;
import org.opendaylight.yangtools.yang.data.api.schema.MapNode;
import org.opendaylight.yangtools.yang.data.api.schema.NormalizedNode;
import org.opendaylight.yangtools.yang.data.tree.leafref.LeafRefContext;
import org.opendaylight.yangtools.yang.data.tree.leafref.QNameWithPredicate;

/**
 * Finds the leafref that points at nothing (RFC 7950 §9.9, require-instance), walking only the
 * branches of the configuration that hold leafrefs, along yangtools' leafref map of the schema.
 * Like yangtools' own validation it compares against every value at the target's schema path,
 * ignoring predicates; unlike it, it needs no change set, so deleted list entries are no trouble
 * and no scratch tree has to be built. Each target's values are gathered once per walk.
 */
final class LeafRefLocator {

    private final ContainerNode root;
    private final Map<LeafRefContext, Set<Object>> targetValues = new IdentityHashMap<>();

    private LeafRefLocator(ContainerNode root) {
        this.root = root;
    }

    /** The path of the first leafref (leaf or leaf-list entry) whose value is found at no target, if any. */
    static Optional<YangInstanceIdentifier> firstBroken(ContainerNode root, LeafRefContext references) {
        return new LeafRefLocator(root).walk(root, references, YangInstanceIdentifier.of());
    }

    private Optional<YangInstanceIdentifier> walk(NormalizedNode node, LeafRefContext context,
            YangInstanceIdentifier path) {
        return switch (node) {
            case MapNode map -> firstOf(map.body(), entry -> walk(entry, context, path.node(entry.name())));
            case LeafSetNode<?> set -> firstOf(set.body(), entry ->
                broken(context, entry.body()) ? Optional.of(path.node(entry.name())) : Optional.empty());
            case LeafNode<?> leaf -> broken(context, leaf.body()) ? Optional.of(path) : Optional.empty();
            case DataContainerNode container -> firstOf(container.body(), child -> {
                // choices are not in the leafref map: their children belong to the parent's context
                LeafRefContext childContext = child instanceof ChoiceNode ? context
                    : context.getReferencingChildByName(child.name().getNodeType());
                return childContext == null ? Optional.empty()
                    : walk(child, childContext, path.node(child.name()));
            });
            default -> Optional.empty();
        };
    }

    private boolean broken(LeafRefContext context, Object value) {
        if (!context.isReferencing()) {
            return false;
        }
        return !targetValues.computeIfAbsent(context, referencing -> {
            List<Object> targets = new ArrayList<>();
            collect(root, referencing.getAbsoluteLeafRefTargetPath().getPathFromRoot().iterator(), targets);
            return new HashSet<>(targets);
        }).contains(value);
    }

    private static void collect(NormalizedNode node, java.util.Iterator<QNameWithPredicate> steps,
            List<Object> values) {
        if (!steps.hasNext()) {
            switch (node) {
                case LeafNode<?> leaf -> values.add(leaf.body());
                case LeafSetNode<?> set -> set.body().forEach(entry -> values.add(entry.body()));
                default -> {
                    // the target is not a value; nothing can match it
                }
            }
            return;
        }
        QName name = steps.next().getQName();
        List<QNameWithPredicate> rest = new ArrayList<>();
        steps.forEachRemaining(rest::add);
        for (NormalizedNode child : childrenNamed(node, name)) {
            collect(child, rest.iterator(), values);
        }
    }

    private static List<NormalizedNode> childrenNamed(NormalizedNode node, QName name) {
        List<NormalizedNode> found = new ArrayList<>();
        if (node instanceof MapNode map) {
            map.body().forEach(entry -> found.addAll(childrenNamed(entry, name)));
        } else if (node instanceof DataContainerNode container) {
            for (NormalizedNode child : container.body()) {
                if (child instanceof ChoiceNode choice) {
                    found.addAll(childrenNamed(choice, name));
                } else if (child.name().getNodeType().equals(name)) {
                    found.add(child);
                }
            }
        }
        return found;
    }

    private static <T> Optional<YangInstanceIdentifier> firstOf(Iterable<T> items,
            java.util.function.Function<T, Optional<YangInstanceIdentifier>> search) {
        for (T item : items) {
            Optional<YangInstanceIdentifier> found = search.apply(item);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }
}
