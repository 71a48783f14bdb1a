package org.takahe.dhcp.wire;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Every option definition a configuration can use: the standard tables (DHCPv4 and DHCPv6, told apart by
 * space) plus the operator's own, looked up by space and code or by space and name. Custom definitions go
 * through the same codec as standard ones.
 */
public final class OptionCatalogue {
    private static final OptionCatalogue STANDARD = new OptionCatalogue(Map.of(), Map.of());

    private final Map<OptionKey, OptionDefinition> byKey;
    private final Map<String, OptionDefinition> byName;

    private OptionCatalogue(Map<OptionKey, OptionDefinition> custom, Map<String, OptionDefinition> customByName) {
        Map<OptionKey, OptionDefinition> keys = new HashMap<>(custom);
        Map<String, OptionDefinition> names = new HashMap<>(customByName);
        for (OptionDefinition definition : Stream.concat(StandardOptions.ALL.stream(), StandardOptions6.ALL.stream())
                .toList()) {
            keys.put(definition.key(), definition);
            names.put(nameKey(definition.space(), definition.name()), definition);
        }
        this.byKey = Map.copyOf(keys);
        this.byName = Map.copyOf(names);
    }

    public static OptionCatalogue standard() {
        return STANDARD;
    }

    /**
     * The standard table plus custom definitions.
     *
     * @throws IllegalArgumentException naming the definition, if one redefines a standard option or repeats
     *     another's code or name in its space
     */
    public static OptionCatalogue withCustom(List<OptionDefinition> custom) {
        Map<OptionKey, OptionDefinition> keys = new HashMap<>();
        Map<String, OptionDefinition> names = new HashMap<>();
        for (OptionDefinition definition : custom) {
            OptionDefinition standard = STANDARD.byKey.get(definition.key());
            if (standard != null) {
                throw new IllegalArgumentException("option " + definition.code() + " is the standard option "
                    + standard.name() + "; its definition cannot be changed");
            }
            OptionDefinition sameName = STANDARD.byName.get(nameKey(definition.space(), definition.name()));
            if (sameName == null) {
                sameName = names.get(nameKey(definition.space(), definition.name()));
            }
            if (sameName != null && sameName.code() != definition.code()) {
                throw new IllegalArgumentException("the name " + definition.name() + " is already option "
                    + sameName.code() + " of space " + definition.space());
            }
            keys.put(definition.key(), definition);
            names.put(nameKey(definition.space(), definition.name()), definition);
        }
        return new OptionCatalogue(keys, names);
    }

    public Optional<OptionDefinition> find(OptionKey key) {
        return Optional.ofNullable(byKey.get(key));
    }

    public Optional<OptionDefinition> findByName(String space, String name) {
        return Optional.ofNullable(byName.get(nameKey(space, name)));
    }

    private static String nameKey(String space, String name) {
        return space + "\u0000" + name;
    }
}
