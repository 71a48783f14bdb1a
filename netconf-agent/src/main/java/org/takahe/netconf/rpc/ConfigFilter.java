package org.takahe.netconf.rpc;

import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.opendaylight.yangtools.yang.common.QName;
import org.opendaylight.yangtools.yang.model.api.DataNodeContainer;
import org.opendaylight.yangtools.yang.model.api.DataSchemaNode;
import org.opendaylight.yangtools.yang.model.api.EffectiveModelContext;
import org.opendaylight.yangtools.yang.model.api.ListSchemaNode;
import org.w3c.dom.Element;

/**
 * RFC 8526 get-data's config-filter, applied to the reply's data: keep only {@code config true}
 * nodes, or only {@code config false} nodes with the ancestors and list keys that locate them.
 */
final class ConfigFilter {

    private final EffectiveModelContext schema;

    ConfigFilter(EffectiveModelContext schema) {
        this.schema = schema;
    }

    /** Prunes the children of a {@code <data>} element. */
    void apply(Element data, boolean keepConfig) {
        prune(data, schema, keepConfig);
    }

    /** @return whether anything other than list keys is left below {@code parent} */
    private boolean prune(Element parent, DataNodeContainer parentSchema, boolean keepConfig) {
        Set<String> keys = parentSchema instanceof ListSchemaNode list
            ? list.getKeyDefinition().stream().map(QName::getLocalName).collect(Collectors.toSet()) : Set.of();
        boolean keptAny = false;
        for (Element child : NetconfXml.childElements(parent)) {
            Optional<DataSchemaNode> node = ListKeys.qname(schema, child).flatMap(parentSchema::findDataTreeChild);
            boolean keep;
            if (node.isEmpty()) {
                keep = false;
            } else if (!node.get().effectiveConfig().orElse(Boolean.TRUE)) {
                keep = !keepConfig;
            } else if (keys.contains(child.getLocalName())) {
                // Keys stay as long as their entry does, but do not keep it alive on their own.
                continue;
            } else if (node.get() instanceof DataNodeContainer container) {
                keep = prune(child, container, keepConfig) || keepConfig;
            } else {
                keep = keepConfig;
            }
            if (keep) {
                keptAny = true;
            } else {
                parent.removeChild(child);
            }
        }
        return keptAny;
    }
}
