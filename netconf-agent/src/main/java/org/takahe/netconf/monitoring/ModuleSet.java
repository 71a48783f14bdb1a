package org.takahe.netconf.monitoring;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.opendaylight.yangtools.yang.model.api.Deviation;
import org.opendaylight.yangtools.yang.model.api.EffectiveModelContext;
import org.opendaylight.yangtools.yang.model.api.FeatureDefinition;
import org.opendaylight.yangtools.yang.model.api.Module;
import org.opendaylight.yangtools.yang.model.api.ModuleLike;

/**
 * The YANG modules the server implements, as the hello, ietf-yang-library, modules-state and
 * netconf-state/schemas all describe them. Every loaded module is implemented: the datastores accept
 * every module's data.
 *
 * <p>Features are those whose behaviour the server has. The schema is parsed with every feature, so
 * for ietf-netconf the features are read off the protocol capabilities actually advertised (a
 * feature such as {@code url} stands for the capability of the same name); of the NMDA module's,
 * {@code with-defaults} follows the :with-defaults capability and {@code origin} is never claimed.
 */
public final class ModuleSet {

    /** One module with what the YANG library reports of it. */
    public record ModuleInfo(String name, Optional<String> revision, String namespace, List<String> features,
            List<String> deviatedBy, List<SubmoduleInfo> submodules) {

        /** The NETCONF 1.0 module capability (RFC 6020 §5.6.4), with features and deviations. */
        public String capability() {
            StringBuilder uri = new StringBuilder(namespace).append("?module=").append(name);
            revision.ifPresent(rev -> uri.append("&revision=").append(rev));
            if (!features.isEmpty()) {
                uri.append("&features=").append(String.join(",", features));
            }
            if (!deviatedBy.isEmpty()) {
                uri.append("&deviations=").append(String.join(",", deviatedBy));
            }
            return uri.toString();
        }
    }

    public record SubmoduleInfo(String name, Optional<String> revision) {
    }

    private static final String NETCONF_CAPABILITY = "urn:ietf:params:netconf:capability:";
    private static final String YANG_LIBRARY_REVISION = "2019-01-04";
    /** Modules whose features depend on what the agent does rather than on the schema. */
    private static final String IETF_NETCONF = "ietf-netconf";
    private static final String IETF_NETCONF_NMDA = "ietf-netconf-nmda";
    private static final String IETF_YANG_LIBRARY = "ietf-yang-library";

    private final List<ModuleInfo> modules;
    private final String contentId;

    private ModuleSet(List<ModuleInfo> modules) {
        this.modules = List.copyOf(modules);
        this.contentId = digest(modules);
    }

    /**
     * @param protocolCapabilities the non-module capabilities the hello advertises, e.g.
     *     {@code urn:ietf:params:netconf:capability:candidate:1.0}
     */
    public static ModuleSet of(EffectiveModelContext schema, List<String> protocolCapabilities) {
        Map<String, List<String>> deviatedBy = new HashMap<>();
        for (Module module : schema.getModules()) {
            for (Deviation deviation : module.getDeviations()) {
                schema.findModule(deviation.getTargetPath().firstNodeIdentifier().getModule()).ifPresent(target ->
                    deviatedBy.computeIfAbsent(target.getName(), name -> new ArrayList<>()).add(module.getName()));
            }
        }
        List<ModuleInfo> modules = schema.getModules().stream()
            .sorted(Comparator.comparing(Module::getName))
            .map(module -> new ModuleInfo(module.getName(), revision(module),
                module.getNamespace().toString(), features(module, protocolCapabilities),
                // A module with several deviations of one target is one deviation entry (RFC 8525 keys them).
                deviatedBy.getOrDefault(module.getName(), List.of()).stream().distinct().sorted().toList(),
                module.getSubmodules().stream()
                    .map(sub -> new SubmoduleInfo(sub.getName(), revision(sub)))
                    .sorted(Comparator.comparing(SubmoduleInfo::name)).toList()))
            .toList();
        return new ModuleSet(modules);
    }

    /** By name. */
    public List<ModuleInfo> modules() {
        return modules;
    }

    /**
     * Identifies this set of modules: the same modules, revisions, features and deviations give the
     * same id across restarts (RFC 8525 content-id, RFC 7895 module-set-id).
     */
    public String contentId() {
        return contentId;
    }

    /**
     * The capabilities the hello carries for YANG: yang-library 1.1 (RFC 8526 §2) when the schema
     * has ietf-yang-library, then every module's.
     */
    public List<String> capabilities() {
        List<String> capabilities = new ArrayList<>();
        if (modules.stream().anyMatch(module -> module.name().equals(IETF_YANG_LIBRARY))) {
            capabilities.add(NETCONF_CAPABILITY + "yang-library:1.1?revision=" + YANG_LIBRARY_REVISION
                + "&content-id=" + contentId);
        }
        modules.stream().map(ModuleInfo::capability).forEach(capabilities::add);
        return capabilities;
    }

    private static List<String> features(Module module, List<String> protocolCapabilities) {
        Predicate<String> enabled = switch (module.getName()) {
            case IETF_NETCONF -> feature -> protocolCapabilities.stream()
                .anyMatch(capability -> capability.startsWith(NETCONF_CAPABILITY + feature + ":"));
            // get-data passes with-defaults on to get-config; origin metadata is not kept.
            case IETF_NETCONF_NMDA -> feature -> feature.equals("with-defaults") && protocolCapabilities.stream()
                .anyMatch(capability -> capability.startsWith(NETCONF_CAPABILITY + "with-defaults:"));
            default -> feature -> true;
        };
        return module.getFeatures().stream().map(FeatureDefinition::getQName).map(qname -> qname.getLocalName())
            .filter(enabled).sorted().toList();
    }

    private static Optional<String> revision(ModuleLike module) {
        return module.getRevision().map(Object::toString);
    }

    private static String digest(List<ModuleInfo> modules) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            modules.forEach(module -> sha.update((module.capability() + "\n").getBytes(StandardCharsets.UTF_8)));
            // 16 hex digits tell module sets apart well enough and keep the hello short.
            return HexFormat.of().formatHex(sha.digest(), 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
