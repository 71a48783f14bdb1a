package org.takahe.datastore;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SequencedMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.opendaylight.yangtools.yang.common.QName;
import org.opendaylight.yangtools.yang.common.XMLNamespace;
import org.opendaylight.yangtools.yang.data.api.YangInstanceIdentifier;
import org.opendaylight.yangtools.yang.data.api.YangInstanceIdentifier.NodeIdentifierWithPredicates;
import org.opendaylight.yangtools.yang.data.api.YangInstanceIdentifier.NodeWithValue;
import org.opendaylight.yangtools.yang.data.api.YangInstanceIdentifier.PathArgument;
import org.opendaylight.yangtools.yang.data.util.DataSchemaContext;
import org.opendaylight.yangtools.yang.data.util.DataSchemaContext.Composite;
import org.opendaylight.yangtools.yang.data.util.DataSchemaContext.PathMixin;
import org.opendaylight.yangtools.yang.data.util.DataSchemaContextTree;
import org.opendaylight.yangtools.yang.model.api.EffectiveModelContext;
import org.opendaylight.yangtools.yang.model.api.Module;

/**
 * Renders data paths as the XPath-like strings NETCONF puts in {@code <error-path>}, e.g.
 * {@code /t4s:dhcpv4-server/t4s:allocation-range[t4s:id='lan']}, using each module's own prefix
 * (or its name, where two modules declare the same prefix).
 */
public final class ErrorPaths {

    private static final Pattern PREFIX_USE = Pattern.compile("([A-Za-z_][A-Za-z0-9_.-]*):");

    private ErrorPaths() {
    }

    /** The path of a data node, e.g. {@code /tt:server/tt:pools/tt:pool[tt:id='lan']}; "/" for the root. */
    public static String render(YangInstanceIdentifier path, EffectiveModelContext schema) {
        if (path.isEmpty()) {
            return "/";
        }
        Map<XMLNamespace, String> prefixes = prefixByNamespace(schema);
        StringBuilder out = new StringBuilder();
        @Nullable DataSchemaContext context = DataSchemaContextTree.from(schema).getRoot();
        for (PathArgument step : path.getPathArguments()) {
            context = context instanceof Composite composite ? composite.childByArg(step) : null;
            if (context instanceof PathMixin) {
                // A whole list, leaf-list or choice: XML has no element for it, its entries say it.
                continue;
            }
            out.append('/').append(name(step.getNodeType(), prefixes));
            switch (step) {
                case NodeIdentifierWithPredicates keyed -> keyed.entrySet().forEach(key -> out.append('[')
                    .append(name(key.getKey(), prefixes)).append('=')
                    .append(quoted(value(key.getValue(), prefixes))).append(']'));
                case NodeWithValue<?> entry -> out.append("[.=").append(quoted(value(entry.getValue(), prefixes)))
                    .append(']');
                default -> {
                    // a container, leaf or whole list: its name says it all
                }
            }
        }
        return out.toString();
    }

    /** Every prefix {@link #render} may use, with its namespace, for declaring them in a reply. */
    public static SequencedMap<String, String> prefixes(EffectiveModelContext schema) {
        SequencedMap<String, String> namespaceByPrefix = new LinkedHashMap<>();
        prefixByNamespace(schema).forEach((namespace, prefix) -> namespaceByPrefix.put(prefix, namespace.toString()));
        return namespaceByPrefix;
    }

    /** The prefixes a rendered path uses, with their namespaces. */
    public static SequencedMap<String, String> prefixesIn(String renderedPath, EffectiveModelContext schema) {
        SequencedMap<String, String> all = prefixes(schema);
        SequencedMap<String, String> used = new LinkedHashMap<>();
        Matcher matcher = PREFIX_USE.matcher(renderedPath);
        while (matcher.find()) {
            String prefix = matcher.group(1);
            String namespace = all.get(prefix);
            if (namespace != null) {
                used.put(prefix, namespace);
            }
        }
        return used;
    }

    private static Map<XMLNamespace, String> prefixByNamespace(EffectiveModelContext schema) {
        Map<XMLNamespace, String> prefixes = new LinkedHashMap<>();
        Map<String, XMLNamespace> taken = new LinkedHashMap<>();
        schema.getModules().stream()
            .sorted(Comparator.comparing((Module module) -> module.getName()))
            .forEach(module -> {
                XMLNamespace namespace = module.getNamespace();
                if (prefixes.containsKey(namespace)) {
                    return;
                }
                String prefix = module.getPrefix();
                XMLNamespace holder = taken.putIfAbsent(prefix, namespace);
                if (holder != null && !holder.equals(namespace)) {
                    prefix = module.getName();
                    taken.put(prefix, namespace);
                }
                prefixes.put(namespace, prefix);
            });
        return prefixes;
    }

    private static String name(QName qname, Map<XMLNamespace, String> prefixes) {
        String prefix = prefixes.get(qname.getNamespace());
        return prefix == null ? qname.getLocalName() : prefix + ":" + qname.getLocalName();
    }

    private static String value(Object value, Map<XMLNamespace, String> prefixes) {
        return value instanceof QName identity ? name(identity, prefixes) : String.valueOf(value);
    }

    private static String quoted(String value) {
        return value.indexOf('\'') < 0 ? "'" + value + "'" : '"' + value + '"';
    }
}
