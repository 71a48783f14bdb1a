package org.takahe.netconf.notification;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.opendaylight.yangtools.yang.data.api.YangInstanceIdentifier;
import org.opendaylight.yangtools.yang.data.api.YangInstanceIdentifier.PathArgument;
import org.opendaylight.yangtools.yang.data.api.schema.ChoiceNode;
import org.opendaylight.yangtools.yang.data.api.schema.DistinctNodeContainer;
import org.opendaylight.yangtools.yang.data.api.schema.LeafSetNode;
import org.opendaylight.yangtools.yang.data.api.schema.MapNode;
import org.opendaylight.yangtools.yang.data.api.schema.NormalizedNode;
import org.takahe.datastore.EditOperation;

/**
 * The edits that turn one configuration into another, as RFC 6470 netconf-config-change lists
 * them: a node that appeared is a create, one that went is a delete, a leaf whose value changed
 * is a replace. Containers and list entries present on both sides are descended into, so the
 * list names exactly what changed. Unchanged subtrees are shared between the two trees, so the
 * walk is as long as the change, not as the configuration.
 */
final class ConfigEdits {

    /** One changed node. */
    record Change(YangInstanceIdentifier path, EditOperation operation) {
    }

    private final int limit;

    /**
     * @param limit the longest list reported; a larger change is reported as its top-level
     *     nodes, so one huge commit cannot make a huge notification
     */
    ConfigEdits(int limit) {
        this.limit = limit;
    }

    List<Change> between(NormalizedNode before, NormalizedNode after) {
        List<Change> detailed = new ArrayList<>();
        if (!diffChildren(YangInstanceIdentifier.of(), before, after, detailed, Integer.MAX_VALUE)) {
            List<Change> coarse = new ArrayList<>();
            diffChildren(YangInstanceIdentifier.of(), before, after, coarse, 1);
            return coarse;
        }
        return detailed;
    }

    /** @return false when the limit was reached and the result is incomplete */
    private boolean diffChildren(YangInstanceIdentifier path, @Nullable NormalizedNode before,
            @Nullable NormalizedNode after, List<Change> out, int depth) {
        for (NormalizedNode child : children(before)) {
            if (child(after, child.name()).isEmpty() && !diff(path.node(child.name()), child, null, out, depth)) {
                return false;
            }
        }
        for (NormalizedNode child : children(after)) {
            if (!diff(path.node(child.name()), child(before, child.name()).orElse(null), child, out, depth)) {
                return false;
            }
        }
        return true;
    }

    private boolean diff(YangInstanceIdentifier path, @Nullable NormalizedNode before,
            @Nullable NormalizedNode after, List<Change> out, int depth) {
        if (Objects.equals(before, after)) {
            return true;
        }
        NormalizedNode either = after != null ? after : Objects.requireNonNull(before);
        // A list, leaf-list or choice has no element of its own: its entries are what changed.
        boolean mixin = either instanceof MapNode || either instanceof LeafSetNode || either instanceof ChoiceNode;
        boolean bothContainers = before instanceof DistinctNodeContainer && after instanceof DistinctNodeContainer;
        if (mixin || bothContainers && depth > 1) {
            return diffChildren(path, before, after, out, mixin ? depth : depth - 1);
        }
        if (out.size() >= limit) {
            return false;
        }
        out.add(new Change(path, before == null ? EditOperation.CREATE
            : after == null ? EditOperation.DELETE : EditOperation.REPLACE));
        return true;
    }

    private static List<? extends NormalizedNode> children(@Nullable NormalizedNode node) {
        return node instanceof DistinctNodeContainer<?, ?> container ? List.copyOf(container.body()) : List.of();
    }

    @SuppressWarnings("unchecked")
    private static Optional<NormalizedNode> child(@Nullable NormalizedNode node, PathArgument name) {
        return node instanceof DistinctNodeContainer<?, ?> container
            ? ((DistinctNodeContainer<PathArgument, NormalizedNode>) container).findChildByArg(name)
            : Optional.empty();
    }
}
