package org.takahe.netconf;

import java.util.List;
import org.opendaylight.yangtools.yang.common.QName;
import org.opendaylight.yangtools.yang.common.Uint32;
import org.opendaylight.yangtools.yang.data.api.YangInstanceIdentifier.NodeIdentifier;
import org.opendaylight.yangtools.yang.data.api.schema.ContainerNode;
import org.opendaylight.yangtools.yang.data.spi.node.ImmutableNodes;
import org.opendaylight.yangtools.yang.model.api.EffectiveModelContext;
import org.opendaylight.yangtools.yang.model.api.SchemaContext;
import org.takahe.datastore.SchemaLoadException;
import org.takahe.datastore.YangSchemas;

/** The small nctest YANG module the agent's tests run against. */
public final class TestSchema {

    public static final String NS = "urn:takahe:test:nctest";

    private TestSchema() {
    }

    public static EffectiveModelContext load() {
        try {
            return YangSchemas.load(List.of(TestSchema.class.getResource("/yang/nctest@2024-06-01.yang")));
        } catch (SchemaLoadException e) {
            throw new IllegalStateException(e);
        }
    }

    /** State data: server/stats/leases = the given count. */
    public static ContainerNode stateWithLeases(long leases) {
        QName server = QName.create(NS, "2024-06-01", "server");
        return ImmutableNodes.newContainerBuilder()
            .withNodeIdentifier(NodeIdentifier.create(SchemaContext.NAME))
            .withChild(ImmutableNodes.newContainerBuilder()
                .withNodeIdentifier(NodeIdentifier.create(server))
                .withChild(ImmutableNodes.newContainerBuilder()
                    .withNodeIdentifier(NodeIdentifier.create(QName.create(server, "stats")))
                    .withChild(ImmutableNodes.leafNode(QName.create(server, "leases"), Uint32.valueOf(leases)))
                    .build())
                .build())
            .build();
    }
}
