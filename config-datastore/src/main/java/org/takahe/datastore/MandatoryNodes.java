package org.takahe.datastore;

import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.opendaylight.yangtools.yang.data.api.YangInstanceIdentifier;
import org.opendaylight.yangtools.yang.data.api.YangInstanceIdentifier.NodeIdentifier;
import org.opendaylight.yangtools.yang.data.api.schema.ChoiceNode;
import org.opendaylight.yangtools.yang.data.api.schema.DataContainerChild;
import org.opendaylight.yangtools.yang.data.api.schema.DataContainerNode;
import org.opendaylight.yangtools.yang.data.api.schema.MapEntryNode;
import org.opendaylight.yangtools.yang.data.api.schema.MapNode;
import org.opendaylight.yangtools.yang.data.spi.node.ImmutableNodes;
import org.opendaylight.yangtools.yang.model.api.CaseSchemaNode;
import org.opendaylight.yangtools.yang.model.api.ChoiceSchemaNode;
import org.opendaylight.yangtools.yang.model.api.ContainerSchemaNode;
import org.opendaylight.yangtools.yang.model.api.DataNodeContainer;
import org.opendaylight.yangtools.yang.model.api.DataSchemaNode;
import org.opendaylight.yangtools.yang.model.api.ListSchemaNode;
import org.opendaylight.yangtools.yang.model.api.MandatoryAware;

/**
 * Finds where a mandatory node is missing. yangtools refuses such data but names only the
 * offending node's parent step, not its path; this walk recovers the full path for the rpc-error.
 */
final class MandatoryNodes {

    private MandatoryNodes() {
    }

    /** The path of the first mandatory leaf, choice or anydata missing from the data, if any. */
    static Optional<YangInstanceIdentifier> firstMissing(DataContainerNode data, DataNodeContainer schema,
            YangInstanceIdentifier path) {
        for (DataSchemaNode child : schema.getChildNodes()) {
            if (child.effectiveConfig().orElse(Boolean.TRUE) == Boolean.FALSE) {
                continue;
            }
            NodeIdentifier step = NodeIdentifier.create(child.getQName());
            @Nullable DataContainerChild present = data.childByArg(step);
            Optional<YangInstanceIdentifier> missing = switch (child) {
                case ContainerSchemaNode container when present instanceof DataContainerNode node ->
                    firstMissing(node, container, path.node(step));
                case ContainerSchemaNode container when !container.isPresenceContainer() ->
                    // an absent non-presence container still needs its mandatory descendants
                    firstMissing(ImmutableNodes.newContainerBuilder().withNodeIdentifier(step).build(), container,
                        path.node(step));
                case ListSchemaNode list when present instanceof MapNode map -> firstMissingInEntries(map, list,
                    path.node(step));
                case ChoiceSchemaNode choice when present instanceof ChoiceNode chosen ->
                    firstMissingInCase(chosen, choice, path.node(step));
                case MandatoryAware mandatory when mandatory.isMandatory() && present == null ->
                    Optional.of(path.node(step));
                default -> Optional.empty();
            };
            if (missing.isPresent()) {
                return missing;
            }
        }
        return Optional.empty();
    }

    private static Optional<YangInstanceIdentifier> firstMissingInEntries(MapNode map, ListSchemaNode list,
            YangInstanceIdentifier path) {
        for (MapEntryNode entry : map.body()) {
            Optional<YangInstanceIdentifier> missing = firstMissing(entry, list, path.node(entry.name()));
            if (missing.isPresent()) {
                return missing;
            }
        }
        return Optional.empty();
    }

    private static Optional<YangInstanceIdentifier> firstMissingInCase(ChoiceNode chosen, ChoiceSchemaNode choice,
            YangInstanceIdentifier path) {
        for (CaseSchemaNode caze : choice.getCases()) {
            boolean selected = caze.getChildNodes().stream()
                .anyMatch(child -> chosen.childByArg(NodeIdentifier.create(child.getQName())) != null);
            if (selected) {
                return firstMissing(chosen, caze, path);
            }
        }
        return Optional.empty();
    }
}
