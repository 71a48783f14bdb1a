package org.takahe.datastore.xml;

import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.namespace.NamespaceContext;
import org.jspecify.annotations.Nullable;
import org.opendaylight.yangtools.yang.common.QNameModule;
import org.opendaylight.yangtools.yang.model.api.EffectiveModelContext;
import org.opendaylight.yangtools.yang.model.api.Module;
import org.opendaylight.yangtools.yang.model.api.ModuleImport;

/**
 * The prefixes a YANG module declares (its own and its imports'), for reading values written in
 * the module itself, such as an identityref default.
 */
final class ModulePrefixes implements NamespaceContext {

    private final Map<String, String> namespaceByPrefix = new LinkedHashMap<>();

    ModulePrefixes(EffectiveModelContext schema, QNameModule module) {
        schema.findModule(module).ifPresent(found -> {
            namespaceByPrefix.put(found.getPrefix(), found.getNamespace().toString());
            for (ModuleImport imported : found.getImports()) {
                schema.findModules(imported.getModuleName().getLocalName()).stream().findFirst()
                    .map(Module::getNamespace)
                    .ifPresent(namespace -> namespaceByPrefix.put(imported.getPrefix(), namespace.toString()));
            }
        });
    }

    @Override
    public String getNamespaceURI(String prefix) {
        return namespaceByPrefix.getOrDefault(prefix, XMLConstants.NULL_NS_URI);
    }

    @Override
    public @Nullable String getPrefix(String namespaceURI) {
        return namespaceByPrefix.entrySet().stream().filter(e -> e.getValue().equals(namespaceURI))
            .map(Map.Entry::getKey).findFirst().orElse(null);
    }

    @Override
    public Iterator<String> getPrefixes(String namespaceURI) {
        @Nullable String prefix = getPrefix(namespaceURI);
        return prefix == null ? Collections.emptyIterator() : java.util.List.of(prefix).iterator();
    }
}
