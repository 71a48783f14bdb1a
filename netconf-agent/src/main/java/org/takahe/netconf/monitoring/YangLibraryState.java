package org.takahe.netconf.monitoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.opendaylight.yangtools.yang.data.api.schema.ContainerNode;
import org.opendaylight.yangtools.yang.data.api.schema.DataContainerChild;
import org.opendaylight.yangtools.yang.data.api.schema.MapEntryNode;

/**
 * RFC 8525 {@code /yang-library} (one module set, one schema, used by every datastore of the NMDA)
 * and, for clients written against RFC 7895, the deprecated {@code /modules-state} with the same
 * modules. The module set does not change while the server runs, so both are built once.
 */
public final class YangLibraryState {

    public static final String NAMESPACE = "urn:ietf:params:xml:ns:yang:ietf-yang-library";
    static final Nodes YANGLIB = new Nodes(NAMESPACE, "2019-01-04");
    private static final Nodes DS = new Nodes("urn:ietf:params:xml:ns:yang:ietf-datastores", "2018-02-14");
    /** The name of the only module set and of the only schema. */
    private static final String COMPLETE = "complete";
    private static final List<String> DATASTORES = List.of("running", "candidate", "startup", "operational");

    private final ContainerNode yangLibrary;
    private final ContainerNode modulesState;

    public YangLibraryState(ModuleSet modules) {
        this.yangLibrary = yangLibrary(modules);
        this.modulesState = modulesState(modules);
    }

    public ContainerNode yangLibrary() {
        return yangLibrary;
    }

    public ContainerNode modulesState() {
        return modulesState;
    }

    private static ContainerNode yangLibrary(ModuleSet modules) {
        List<MapEntryNode> moduleEntries = modules.modules().stream().map(module -> {
            List<DataContainerChild> children = new ArrayList<>();
            module.revision().ifPresent(revision -> children.add(YANGLIB.leaf("revision", revision)));
            children.add(YANGLIB.leaf("namespace", module.namespace()));
            if (!module.submodules().isEmpty()) {
                children.add(YANGLIB.list("submodule", module.submodules().stream()
                    .map(sub -> YANGLIB.entry("submodule", Nodes.keys("name", sub.name()),
                        sub.revision().map(revision -> List.of(YANGLIB.leaf("revision", revision)))
                            .orElse(List.of())))
                    .toList()));
            }
            addLeafList(children, "feature", module.features());
            addLeafList(children, "deviation", module.deviatedBy());
            return YANGLIB.entry("module", Nodes.keys("name", module.name()), children);
        }).toList();
        MapEntryNode moduleSet = YANGLIB.entry("module-set", Nodes.keys("name", COMPLETE),
            List.of(YANGLIB.list("module", moduleEntries)));
        MapEntryNode schema = YANGLIB.entry("schema", Nodes.keys("name", COMPLETE),
            List.of(YANGLIB.leafList("module-set", List.of(COMPLETE))));
        List<MapEntryNode> datastores = DATASTORES.stream()
            .map(name -> YANGLIB.entry("datastore", Nodes.keys("name", DS.name(name)),
                List.of(YANGLIB.leaf("schema", COMPLETE))))
            .toList();
        return YANGLIB.container("yang-library",
            YANGLIB.list("module-set", List.of(moduleSet)),
            YANGLIB.list("schema", List.of(schema)),
            YANGLIB.list("datastore", datastores),
            YANGLIB.leaf("content-id", modules.contentId()));
    }

    private static ContainerNode modulesState(ModuleSet modules) {
        Map<String, Optional<String>> revisions = modules.modules().stream()
            .collect(Collectors.toMap(ModuleSet.ModuleInfo::name, ModuleSet.ModuleInfo::revision));
        Function<String, String> revisionOf = name -> revisions.getOrDefault(name, Optional.empty()).orElse("");
        List<MapEntryNode> moduleEntries = modules.modules().stream().map(module -> {
            List<DataContainerChild> children = new ArrayList<>();
            children.add(YANGLIB.leaf("namespace", module.namespace()));
            addLeafList(children, "feature", module.features());
            if (!module.deviatedBy().isEmpty()) {
                children.add(YANGLIB.list("deviation", module.deviatedBy().stream()
                    .map(name -> YANGLIB.entry("deviation", Nodes.keys("name", name, "revision", revisionOf.apply(name)),
                        List.of()))
                    .toList()));
            }
            children.add(YANGLIB.leaf("conformance-type", "implement"));
            if (!module.submodules().isEmpty()) {
                children.add(YANGLIB.list("submodule", module.submodules().stream()
                    .map(sub -> YANGLIB.entry("submodule",
                        Nodes.keys("name", sub.name(), "revision", sub.revision().orElse("")), List.of()))
                    .toList()));
            }
            return YANGLIB.entry("module", Nodes.keys("name", module.name(), "revision",
                module.revision().orElse("")), children);
        }).toList();
        return YANGLIB.container("modules-state",
            YANGLIB.leaf("module-set-id", modules.contentId()),
            YANGLIB.list("module", moduleEntries));
    }

    private static void addLeafList(List<DataContainerChild> children, String name, List<String> values) {
        if (!values.isEmpty()) {
            children.add(YANGLIB.leafList(name, values));
        }
    }
}
