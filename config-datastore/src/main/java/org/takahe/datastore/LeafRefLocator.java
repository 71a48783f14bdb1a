package org.takahe.datastore;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
 * Finds the leafref that points at nothing. yangtools' validation says only that one does, with
 * its schema path; this walk, along yangtools' own leafref map of the schema, recovers the data
 * path for the rpc-error. Like yangtools it compares against every value at the target's schema
 * path, ignoring predicates.
 */
final class LeafRefLocator {

    private LeafRefLocator() {
    }

    /** The path of the first leafref (leaf or leaf-list entry) whose value is found at no target, if any. */
    static Optional<YangInstanceIdentifier> firstBroken(ContainerNode root, LeafRefContext references) {
        return walk(root, root, references, YangInstanceIdentifier.of());
    }

    private static Optional<YangInstanceIdentifier> walk(ContainerNode root, NormalizedNode node,
            LeafRefContext context, YangInstanceIdentifier path) {
        return switch (node) {
            case MapNode map -> firstOf(map.body(), entry -> walk(root, entry, context, path.node(entry.name())));
            case LeafSetNode<?> set -> firstOf(set.body(), entry ->
                broken(root, context, entry.body()) ? Optional.of(path.node(entry.name())) : Optional.empty());
            case LeafNode<?> leaf -> broken(root, context, leaf.body()) ? Optional.of(path) : Optional.empty();
            case DataContainerNode container -> firstOf(container.body(), child -> {
                // choices are not in the leafref map: their children belong to the parent's context
                LeafRefContext childContext = child instanceof ChoiceNode ? context
                    : context.getReferencingChildByName(child.name().getNodeType());
                return childContext == null ? Optional.empty()
                    : walk(root, child, childContext, path.node(child.name()));
            });
            default -> Optional.empty();
        };
    }

    private static boolean broken(ContainerNode root, LeafRefContext context, Object value) {
        if (!context.isReferencing()) {
            return false;
        }
        List<Object> targets = new ArrayList<>();
        collect(root, context.getAbsoluteLeafRefTargetPath().getPathFromRoot().iterator(), targets);
        return !targets.contains(value);
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
