package org.takahe.netconf.monitoring;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.opendaylight.yangtools.yang.data.api.schema.ContainerNode;
import org.opendaylight.yangtools.yang.data.spi.node.ImmutableNodes;
import org.opendaylight.yangtools.yang.model.api.EffectiveModelContext;

/**
 * Adds the server's own state (netconf-state, yang-library, modules-state) to the state data of a
 * {@code <get>} or of the operational datastore. A container whose module the schema lacks is left
 * out, so a server built on a smaller schema still answers.
 */
public final class ManagementState {

    private final List<Supplier<ContainerNode>> containers = new ArrayList<>();

    public ManagementState(EffectiveModelContext schema, NetconfMonitoringState monitoring, YangLibraryState library) {
        if (hasModule(schema, NetconfMonitoringState.NAMESPACE)) {
            containers.add(monitoring::netconfState);
        }
        if (hasModule(schema, YangLibraryState.NAMESPACE)) {
            containers.add(library::yangLibrary);
            containers.add(library::modulesState);
        }
    }

    /** The state rooted like the datastores, with the server's own containers added. */
    public ContainerNode overlay(ContainerNode state) {
        var root = ImmutableNodes.newContainerBuilder().withNodeIdentifier(state.name());
        state.body().forEach(root::withChild);
        containers.forEach(container -> root.withChild(container.get()));
        return root.build();
    }

    private static boolean hasModule(EffectiveModelContext schema, String namespace) {
        return schema.getModules().stream().anyMatch(module -> module.getNamespace().toString().equals(namespace));
    }
}
