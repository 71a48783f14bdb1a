package org.takahe.server.config;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.opendaylight.yangtools.yang.common.QName;
import org.opendaylight.yangtools.yang.data.api.YangInstanceIdentifier.NodeIdentifier;
import org.opendaylight.yangtools.yang.data.api.schema.DataContainerChild;
import org.opendaylight.yangtools.yang.data.api.schema.DataContainerNode;
import org.opendaylight.yangtools.yang.data.api.schema.LeafNode;
import org.opendaylight.yangtools.yang.data.api.schema.LeafSetNode;
import org.opendaylight.yangtools.yang.data.api.schema.MapEntryNode;
import org.opendaylight.yangtools.yang.data.api.schema.MapNode;

/** Reading typed values out of a normalized YANG tree, absent nodes as empty results. */
public final class YangData {
    private YangData() {
    }

    public static Optional<DataContainerNode> container(DataContainerNode parent, QName name) {
        return child(parent, name).filter(DataContainerNode.class::isInstance).map(DataContainerNode.class::cast);
    }

    public static Collection<MapEntryNode> entries(DataContainerNode parent, QName name) {
        return child(parent, name).filter(MapNode.class::isInstance).map(n -> ((MapNode) n).body())
            .orElse(List.of());
    }

    public static Optional<String> text(DataContainerNode parent, QName name) {
        return value(parent, name).map(String::valueOf);
    }

    public static Optional<Long> number(DataContainerNode parent, QName name) {
        return value(parent, name).map(v -> ((Number) v).longValue());
    }

    public static Optional<Boolean> bool(DataContainerNode parent, QName name) {
        return value(parent, name).map(Boolean.class::cast);
    }

    /** The values of a leaf-list, in the order the datastore keeps them. */
    public static List<String> texts(DataContainerNode parent, QName name) {
        return child(parent, name).filter(LeafSetNode.class::isInstance)
            .map(n -> ((LeafSetNode<?>) n).body().stream().map(e -> String.valueOf(e.body())).toList())
            .orElse(List.of());
    }

    /** The octets of a leaf of YANG type binary (base64 in XML). */
    public static Optional<byte[]> binary(DataContainerNode parent, QName name) {
        return value(parent, name).map(byte[].class::cast);
    }

    private static Optional<Object> value(DataContainerNode parent, QName name) {
        return child(parent, name).filter(LeafNode.class::isInstance).map(n -> ((LeafNode<?>) n).body());
    }

    private static Optional<DataContainerChild> child(DataContainerNode parent, QName name) {
        return parent.findChildByArg(new NodeIdentifier(name));
    }
}
