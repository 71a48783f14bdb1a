package org.takahe.netconf.notification;

import java.util.Optional;
import org.opendaylight.yangtools.yang.common.QName;
import org.opendaylight.yangtools.yang.common.QNameModule;
import org.opendaylight.yangtools.yang.common.XMLNamespace;
import org.opendaylight.yangtools.yang.data.api.YangInstanceIdentifier.NodeIdentifier;
import org.opendaylight.yangtools.yang.data.api.YangInstanceIdentifier.NodeIdentifierWithPredicates;
import org.opendaylight.yangtools.yang.data.api.schema.ContainerNode;
import org.opendaylight.yangtools.yang.data.spi.node.ImmutableNodes;
import org.opendaylight.yangtools.yang.model.api.EffectiveModelContext;
import org.opendaylight.yangtools.yang.model.api.Module;
import org.takahe.datastore.DataRoots;
import org.takahe.netconf.StateProvider;
import org.takahe.netconf.rpc.EventStream;

/**
 * {@code /netconf/streams} of module nc-notifications (RFC 5277 §3.2.2): the NETCONF stream and
 * its replay log. Empty when the schema does not have that module.
 */
public final class StreamsState implements StateProvider {

    private static final String DESCRIPTION = "default NETCONF event stream";

    private final NotificationHub hub;
    private final Optional<QNameModule> module;

    public StreamsState(NotificationHub hub, EffectiveModelContext schema) {
        this.hub = hub;
        this.module = schema.findModules(XMLNamespace.of(NotificationXml.NETMOD_NOTIFICATION_NS)).stream()
            .map(Module::getQNameModule).findFirst();
    }

    @Override
    public ContainerNode state() {
        if (module.isEmpty()) {
            return DataRoots.empty();
        }
        QNameModule ns = module.get();
        QName stream = QName.create(ns, "stream");
        QName name = QName.create(ns, "name");
        return ImmutableNodes.newContainerBuilder().withNodeIdentifier(DataRoots.ID)
            .withChild(ImmutableNodes.newContainerBuilder()
                .withNodeIdentifier(NodeIdentifier.create(QName.create(ns, "netconf")))
                .withChild(ImmutableNodes.newContainerBuilder()
                    .withNodeIdentifier(NodeIdentifier.create(QName.create(ns, "streams")))
                    .withChild(ImmutableNodes.newSystemMapBuilder()
                        .withNodeIdentifier(NodeIdentifier.create(stream))
                        .withChild(ImmutableNodes.newMapEntryBuilder()
                            .withNodeIdentifier(NodeIdentifierWithPredicates.of(stream, name, EventStream.NETCONF))
                            .withChild(ImmutableNodes.leafNode(name, EventStream.NETCONF))
                            .withChild(ImmutableNodes.leafNode(QName.create(ns, "description"), DESCRIPTION))
                            .withChild(ImmutableNodes.leafNode(QName.create(ns, "replaySupport"), Boolean.TRUE))
                            .withChild(ImmutableNodes.leafNode(QName.create(ns, "replayLogCreationTime"),
                                hub.replayLogCreated().toString()))
                            .build())
                        .build())
                    .build())
                .build())
            .build();
    }
}
