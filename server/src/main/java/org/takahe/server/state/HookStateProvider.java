package org.takahe.server.state;

import static org.takahe.server.config.ModelNames.HOOKS_LIBRARIES;
import static org.takahe.server.config.ModelNames.HOOK_CALLOUT;
import static org.takahe.server.config.ModelNames.HOOK_LIBRARY;
import static org.takahe.server.config.ModelNames.HOOK_NAME;
import static org.takahe.server.config.ModelNames.HOOK_POINT;
import static org.takahe.server.config.ModelNames.HOOK_STATISTICS;
import static org.takahe.server.config.ModelNames.SERVER;
import static org.takahe.server.config.ModelNames.SERVER_ROOT;

import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.opendaylight.yangtools.yang.common.QName;
import org.opendaylight.yangtools.yang.common.Uint64;
import org.opendaylight.yangtools.yang.data.api.YangInstanceIdentifier.NodeIdentifier;
import org.opendaylight.yangtools.yang.data.api.YangInstanceIdentifier.NodeIdentifierWithPredicates;
import org.opendaylight.yangtools.yang.data.api.schema.ContainerNode;
import org.opendaylight.yangtools.yang.data.api.schema.MapEntryNode;
import org.opendaylight.yangtools.yang.data.spi.node.ImmutableNodes;
import org.takahe.dhcp.config.ConfiguredHookLibrary;
import org.takahe.dhcp.config.HookLibraries;
import org.takahe.dhcp.hooks.CalloutCounts;
import org.takahe.dhcp.hooks.HookStatistics;
import org.takahe.dhcp.hooks.api.HookPoint;

/**
 * Builds the config-false statistics of /server/hooks-libraries/hook-library: for each library in service, its
 * callout counters per point, so an operator sees a failing or slow library without reading the log.
 */
public final class HookStateProvider {
    private final Supplier<HookLibraries> inService;
    private final Supplier<HookStatistics> statistics;

    public HookStateProvider(Supplier<HookLibraries> inService, Supplier<HookStatistics> statistics) {
        this.inService = inService;
        this.statistics = statistics;
    }

    /** {@code root} (the state of the other modules) with the server container of hook statistics added. */
    public ContainerNode addTo(ContainerNode root) {
        HookLibraries libraries = inService.get();
        if (libraries.libraries().isEmpty()) {
            return root;
        }
        HookStatistics counts = statistics.get();
        var list = ImmutableNodes.newUserMapBuilder().withNodeIdentifier(new NodeIdentifier(HOOK_LIBRARY));
        for (ConfiguredHookLibrary library : libraries.libraries()) {
            list.withChild(library(library, counts));
        }
        ContainerNode server = ImmutableNodes.newContainerBuilder().withNodeIdentifier(new NodeIdentifier(SERVER_ROOT))
            .withChild(ImmutableNodes.newContainerBuilder().withNodeIdentifier(new NodeIdentifier(HOOKS_LIBRARIES))
                .withChild(list.build()).build())
            .build();
        var combined = ImmutableNodes.newContainerBuilder().withNodeIdentifier(root.name());
        root.body().forEach(combined::withChild);
        return combined.withChild(server).build();
    }

    private static MapEntryNode library(ConfiguredHookLibrary library, HookStatistics counts) {
        var callouts = ImmutableNodes.newSystemMapBuilder().withNodeIdentifier(new NodeIdentifier(HOOK_CALLOUT));
        for (HookPoint point : library.callouts().points()) {
            CalloutCounts c = counts.of(library.name(), point);
            callouts.withChild(ImmutableNodes.newMapEntryBuilder()
                .withNodeIdentifier(NodeIdentifierWithPredicates.of(HOOK_CALLOUT, HOOK_POINT, point.hookName()))
                .withChild(ImmutableNodes.leafNode(HOOK_POINT, point.hookName()))
                .withChild(counter("calls", c::calls))
                .withChild(counter("failures", c::failures))
                .withChild(counter("timeouts", c::timeouts))
                .withChild(counter("skips", c::skips))
                .withChild(counter("drops", c::drops))
                .build());
        }
        return ImmutableNodes.newMapEntryBuilder()
            .withNodeIdentifier(NodeIdentifierWithPredicates.of(HOOK_LIBRARY, HOOK_NAME, library.name()))
            .withChild(ImmutableNodes.leafNode(HOOK_NAME, library.name()))
            .withChild(ImmutableNodes.newContainerBuilder().withNodeIdentifier(new NodeIdentifier(HOOK_STATISTICS))
                .withChild(callouts.build()).build())
            .build();
    }

    private static org.opendaylight.yangtools.yang.data.api.schema.LeafNode<Uint64> counter(String leaf,
            LongSupplier value) {
        return ImmutableNodes.leafNode(QName.create(SERVER, leaf), Uint64.valueOf(value.getAsLong()));
    }
}
