package org.takahe.server.config;

import static org.takahe.server.config.ModelNames.CALLOUT_TIMEOUT;
import static org.takahe.server.config.ModelNames.HOOKS_LIBRARIES;
import static org.takahe.server.config.ModelNames.HOOK_ENABLED;
import static org.takahe.server.config.ModelNames.HOOK_LIBRARY;
import static org.takahe.server.config.ModelNames.HOOK_NAME;
import static org.takahe.server.config.ModelNames.HOOK_PARAMETER;
import static org.takahe.server.config.ModelNames.ON_CALLOUT_FAILURE;
import static org.takahe.server.config.ModelNames.PARAMETER_NAME;
import static org.takahe.server.config.ModelNames.PARAMETER_VALUE;
import static org.takahe.server.config.ModelNames.SERVER_ROOT;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.opendaylight.yangtools.yang.data.api.YangInstanceIdentifier;
import org.opendaylight.yangtools.yang.data.api.YangInstanceIdentifier.NodeIdentifierWithPredicates;
import org.opendaylight.yangtools.yang.data.api.schema.ContainerNode;
import org.opendaylight.yangtools.yang.data.api.schema.DataContainerNode;
import org.opendaylight.yangtools.yang.data.api.schema.MapEntryNode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.takahe.dhcp.config.CalloutFailurePolicy;
import org.takahe.dhcp.config.ConfiguredHookLibrary;
import org.takahe.dhcp.config.HookLibraries;
import org.takahe.dhcp.hooks.api.Callouts;
import org.takahe.dhcp.hooks.api.HookConfigurationException;
import org.takahe.server.ServerMessages;
import org.takahe.server.hooks.HookLibraryCatalog;
import org.takahe.server.hooks.HookLibraryNotFoundException;

/**
 * Turns /server/hooks-libraries into the engine's {@link HookLibraries}: finds each enabled library in the
 * catalog, has it configure its callouts from the parameters, and names the node when it cannot (library not
 * found, parameters refused). It also owns the callouts' lifetime: a library whose name, parameters and class are
 * unchanged keeps the callouts it has (so its state survives unrelated commits); callouts a commit replaces, or
 * that a refused commit made, are closed; all are closed with the server.
 */
public final class HookLibrariesTranslator implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(HookLibrariesTranslator.class);

    private final HookLibraryCatalog catalog;
    /** The callouts of the configuration the engine serves. */
    private Map<Instance, Made> live = Map.of();
    /** The callouts of the last translation, which the engine may be about to serve. */
    private Map<Instance, Made> pending = Map.of();

    /** What makes two configurations of a library the same: same name, parameters and provider class. */
    private record Instance(String name, Map<String, String> parameters, Class<?> type) {
    }

    private record Made(String name, Callouts callouts) {
    }

    public HookLibrariesTranslator(HookLibraryCatalog catalog) {
        this.catalog = catalog;
    }

    /** The hook libraries of this tree, configured; or the node that cannot be served. */
    synchronized HookLibraries translate(ContainerNode root) throws ConfigRefusal {
        Optional<DataContainerNode> hooks = YangData.container(root, SERVER_ROOT)
            .flatMap(server -> YangData.container(server, HOOKS_LIBRARIES));
        if (hooks.isEmpty()) {
            forget(Map.of());
            return HookLibraries.none();
        }
        Duration timeout = YangData.number(hooks.get(), CALLOUT_TIMEOUT).map(Duration::ofMillis)
            .orElse(HookLibraries.DEFAULT_CALLOUT_TIMEOUT);
        Map<Instance, Made> made = new LinkedHashMap<>();
        List<ConfiguredHookLibrary> libraries = new ArrayList<>();
        try {
            for (MapEntryNode entry : YangData.entries(hooks.get(), HOOK_LIBRARY)) {
                if (!YangData.bool(entry, HOOK_ENABLED).orElse(true)) {
                    continue;
                }
                String name = YangData.text(entry, HOOK_NAME).orElseThrow();
                CalloutFailurePolicy onFailure = YangData.text(entry, ON_CALLOUT_FAILURE).filter("drop"::equals)
                    .map(d -> CalloutFailurePolicy.DROP).orElse(CalloutFailurePolicy.CONTINUE);
                libraries.add(new ConfiguredHookLibrary(name, callouts(name, parameters(entry), made), onFailure));
            }
        } catch (ConfigRefusal refusal) {
            // Only what this translation configured anew goes; live and pending callouts stay as they were.
            Set<Callouts> kept = Collections.newSetFromMap(new IdentityHashMap<>());
            live.values().forEach(m -> kept.add(m.callouts()));
            pending.values().forEach(m -> kept.add(m.callouts()));
            closeUnused(made.values(), kept);
            throw refusal;
        }
        forget(made);
        return new HookLibraries(libraries, timeout);
    }

    /** The engine now serves {@code inService}: callouts of earlier configurations not in it are closed. */
    synchronized void applied(HookLibraries inService) {
        Set<Callouts> serving = Collections.newSetFromMap(new IdentityHashMap<>());
        inService.libraries().forEach(l -> serving.add(l.callouts()));
        Map<Instance, Made> nowLive = new LinkedHashMap<>();
        pending.forEach((instance, made) -> {
            if (serving.contains(made.callouts())) {
                nowLive.put(instance, made);
            }
        });
        List<Made> earlier = new ArrayList<>(live.values());
        earlier.addAll(pending.values());
        live = nowLive;
        pending = Map.of();
        closeUnused(earlier, serving);
    }

    @Override
    public synchronized void close() {
        List<Made> all = new ArrayList<>(live.values());
        all.addAll(pending.values());
        live = Map.of();
        pending = Map.of();
        closeUnused(all, Set.of());
    }

    private Callouts callouts(String name, Map<String, String> parameters, Map<Instance, Made> made)
            throws ConfigRefusal {
        YangInstanceIdentifier path = path(name);
        HookLibraryCatalog.Found found;
        try {
            found = catalog.find(name);
        } catch (HookLibraryNotFoundException e) {
            throw new ConfigRefusal(path, e.getMessage());
        }
        Instance instance = new Instance(name, parameters, found.library().getClass());
        Made existing = Optional.ofNullable(live.get(instance)).or(() -> Optional.ofNullable(pending.get(instance)))
            .orElse(null);
        if (existing != null) {
            made.put(instance, existing);
            return existing.callouts();
        }
        Callouts callouts;
        try {
            callouts = found.library().configure(parameters);
        } catch (HookConfigurationException e) {
            YangInstanceIdentifier at = e.parameter().filter(parameters::containsKey)
                .map(p -> parameterPath(name, p)).orElse(path);
            throw new ConfigRefusal(at, "hook library " + name + ": " + e.getMessage());
        } catch (RuntimeException e) {
            throw new ConfigRefusal(path, "hook library " + name + " failed to configure itself: " + e);
        }
        if (callouts == null) {
            throw new ConfigRefusal(path, "hook library " + name + " configured no callouts (null)");
        }
        made.put(instance, new Made(name, callouts));
        ServerMessages.SERVER_HOOK_LIBRARY_CONFIGURED.log(LOG, name, found.source(), parameters.keySet());
        return callouts;
    }

    /** The parameters as the library receives them: name to value, in no particular order. */
    private static Map<String, String> parameters(MapEntryNode entry) {
        Map<String, String> parameters = new LinkedHashMap<>();
        for (MapEntryNode parameter : YangData.entries(entry, HOOK_PARAMETER)) {
            parameters.put(YangData.text(parameter, PARAMETER_NAME).orElseThrow(),
                YangData.text(parameter, PARAMETER_VALUE).orElse(""));
        }
        return Map.copyOf(parameters);
    }

    /** Keeps {@code made} as the pending translation; callouts of the previous one not reused are closed. */
    private void forget(Map<Instance, Made> made) {
        Set<Callouts> keep = Collections.newSetFromMap(new IdentityHashMap<>());
        made.values().forEach(m -> keep.add(m.callouts()));
        live.values().forEach(m -> keep.add(m.callouts()));
        List<Made> previous = new ArrayList<>(pending.values());
        pending = Map.copyOf(made);
        closeUnused(previous, keep);
    }

    private static void closeUnused(Iterable<Made> candidates, Set<Callouts> keep) {
        Set<Callouts> closed = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Made made : candidates) {
            if (keep.contains(made.callouts()) || !closed.add(made.callouts())) {
                continue;
            }
            try {
                made.callouts().close();
            } catch (RuntimeException e) {
                ServerMessages.SERVER_HOOK_LIBRARY_CLOSE_FAILED.log(LOG, made.name(), e.toString());
            }
        }
    }

    static YangInstanceIdentifier path(String library) {
        return YangInstanceIdentifier.of(SERVER_ROOT).node(HOOKS_LIBRARIES).node(HOOK_LIBRARY)
            .node(NodeIdentifierWithPredicates.of(HOOK_LIBRARY, HOOK_NAME, library));
    }

    static YangInstanceIdentifier parameterPath(String library, String parameter) {
        return path(library).node(HOOK_PARAMETER)
            .node(NodeIdentifierWithPredicates.of(HOOK_PARAMETER, PARAMETER_NAME, parameter));
    }
}
