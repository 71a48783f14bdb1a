package org.takahe.server.config;

import static org.takahe.server.config.ModelNames.ALLOCATION_RANGES;
import static org.takahe.server.config.ModelNames.ALWAYS_SEND;
import static org.takahe.server.config.ModelNames.CODE;
import static org.takahe.server.config.ModelNames.DHCPV4_SERVER;
import static org.takahe.server.config.ModelNames.DNS_OPTION;
import static org.takahe.server.config.ModelNames.DNS_SERVER;
import static org.takahe.server.config.ModelNames.DOMAIN_NAME;
import static org.takahe.server.config.ModelNames.DOMAIN_NAME_OPTION;
import static org.takahe.server.config.ModelNames.NEVER_SEND;
import static org.takahe.server.config.ModelNames.OPTION;
import static org.takahe.server.config.ModelNames.OPTION_DEF;
import static org.takahe.server.config.ModelNames.OPTION_DEFS;
import static org.takahe.server.config.ModelNames.OPTION_SET;
import static org.takahe.server.config.ModelNames.OPTION_SETS;
import static org.takahe.server.config.ModelNames.OPTION_SET_ID;
import static org.takahe.server.config.ModelNames.ROUTER;
import static org.takahe.server.config.ModelNames.ROUTER_OPTION;
import static org.takahe.server.config.ModelNames.SPACE;
import static org.takahe.server.config.ModelNames.VENDOR_CLASS;
import static org.takahe.server.config.ModelNames.VENDOR_CLASS_SPACE;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.opendaylight.yangtools.yang.common.QName;
import org.opendaylight.yangtools.yang.data.api.YangInstanceIdentifier;
import org.opendaylight.yangtools.yang.data.api.YangInstanceIdentifier.NodeIdentifierWithPredicates;
import org.opendaylight.yangtools.yang.data.api.schema.DataContainerNode;
import org.opendaylight.yangtools.yang.data.api.schema.MapEntryNode;
import org.takahe.dhcp.config.ConfiguredOption;
import org.takahe.dhcp.config.OptionConfig4;
import org.takahe.dhcp.config.OptionSet4;
import org.takahe.dhcp.config.Options4;
import org.takahe.dhcp.config.VendorClassSpace;
import org.takahe.dhcp.wire.Octets;
import org.takahe.dhcp.wire.OptionCatalogue;
import org.takahe.dhcp.wire.OptionCodec;
import org.takahe.dhcp.wire.OptionDataException;
import org.takahe.dhcp.wire.OptionDefinition;
import org.takahe.dhcp.wire.OptionKey;
import org.takahe.dhcp.wire.OptionSpace;
import org.takahe.dhcp.wire.StandardOptions;

/**
 * Reads option-defs, option-sets and the global option-set references into an {@link OptionConfig4}. Every
 * option's data is parsed and encoded here, against the standard and custom definitions, so data that does
 * not fit is refused at commit naming its entry and never reaches a packet.
 */
final class OptionConfigReader {
    private OptionConfigReader() {
    }

    static OptionConfig4 read(DataContainerNode v4) throws ConfigRefusal {
        OptionCatalogue catalogue = catalogue(v4);
        Map<String, OptionSet4> sets = new HashMap<>();
        Optional<DataContainerNode> setsNode = YangData.container(v4, OPTION_SETS);
        if (setsNode.isPresent()) {
            for (MapEntryNode set : YangData.entries(setsNode.get(), OPTION_SET)) {
                OptionSet4 read = optionSet(set, catalogue);
                sets.put(read.id(), read);
            }
        }
        Options4 global = YangData.container(v4, ALLOCATION_RANGES).map(OptionConfigReader::references)
            .orElse(Options4.none());
        return new OptionConfig4(sets, global, vendorClassSpaces(v4));
    }

    /** The option sets a level (allocation-ranges, a range, a pool) names, in the operator's order. */
    static Options4 references(DataContainerNode level) {
        return new Options4(YangData.texts(level, OPTION_SET_ID));
    }

    private static OptionCatalogue catalogue(DataContainerNode v4) throws ConfigRefusal {
        List<OptionDefinition> custom = new ArrayList<>();
        OptionCatalogue catalogue = OptionCatalogue.standard();
        Optional<DataContainerNode> defs = YangData.container(v4, OPTION_DEFS);
        if (defs.isEmpty()) {
            return catalogue;
        }
        for (MapEntryNode entry : YangData.entries(defs.get(), OPTION_DEF)) {
            YangInstanceIdentifier path = YangInstanceIdentifier.of(DHCPV4_SERVER).node(OPTION_DEFS).node(OPTION_DEF)
                .node(entry.name());
            try {
                custom.add(OptionEntries.definition(entry, ModelNames.DHCPV4, YangData.text(entry, SPACE)
                    .orElseThrow()));
                catalogue = OptionCatalogue.withCustom(custom);
            } catch (IllegalArgumentException e) {
                throw new ConfigRefusal(path, e.getMessage());
            }
        }
        return catalogue;
    }

    private static OptionSet4 optionSet(MapEntryNode set, OptionCatalogue catalogue) throws ConfigRefusal {
        String id = YangData.text(set, OPTION_SET_ID).orElseThrow();
        YangInstanceIdentifier path = YangInstanceIdentifier.of(DHCPV4_SERVER).node(OPTION_SETS).node(OPTION_SET)
            .node(NodeIdentifierWithPredicates.of(OPTION_SET, OPTION_SET_ID, id));
        Map<OptionKey, ConfiguredOption> options = new LinkedHashMap<>();
        shorthand(set, path, ROUTER_OPTION, o -> YangData.texts(o, ROUTER), StandardOptions.ROUTERS)
            .ifPresent(o -> options.put(o.key(), o));
        shorthand(set, path, DNS_OPTION, o -> YangData.texts(o, DNS_SERVER), StandardOptions.DOMAIN_NAME_SERVERS)
            .ifPresent(o -> options.put(o.key(), o));
        shorthand(set, path, DOMAIN_NAME_OPTION, o -> YangData.text(o, DOMAIN_NAME).map(List::of).orElse(List.of()),
            StandardOptions.DOMAIN_NAME).ifPresent(o -> options.put(o.key(), o));
        for (MapEntryNode entry : YangData.entries(set, OPTION)) {
            YangInstanceIdentifier entryPath = path.node(OPTION).node(entry.name());
            ConfiguredOption option = option(entry, catalogue, entryPath);
            if (options.putIfAbsent(option.key(), option) != null) {
                throw new ConfigRefusal(entryPath, "option set " + id + " already sets option " + option.key()
                    + " in its router-option, domain-name-server-option or domain-name-option container");
            }
        }
        return new OptionSet4(id, List.copyOf(options.values()));
    }

    /** One of the containers for options 3, 6 and 15, as the same option data its generic form gives. */
    private static Optional<ConfiguredOption> shorthand(MapEntryNode set, YangInstanceIdentifier setPath,
            QName container, Function<DataContainerNode, List<String>> values, OptionDefinition definition)
            throws ConfigRefusal {
        Optional<DataContainerNode> node = YangData.container(set, container);
        List<String> texts = node.map(values).orElse(List.of());
        if (texts.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new ConfiguredOption(definition.key(),
                OptionCodec.fromText(definition, String.join(", ", texts.stream().map(t -> t.replace(",", "\\,"))
                    .toList())), false, false));
        } catch (OptionDataException e) {
            throw new ConfigRefusal(setPath.node(container), e.getMessage());
        }
    }

    private static ConfiguredOption option(MapEntryNode entry, OptionCatalogue catalogue,
            YangInstanceIdentifier path) throws ConfigRefusal {
        OptionKey key = new OptionKey(YangData.text(entry, SPACE).orElseThrow(),
            YangData.number(entry, CODE).orElseThrow().intValue());
        if (key.space().equals(OptionSpace.DHCP4) && OptionConfig4.SERVER_MANAGED_CODES.contains(key.code())) {
            throw new ConfigRefusal(path, "option " + key.code() + " is set by the server itself"
                + (List.of(51, 58, 59).contains(key.code())
                    ? "; configure valid-lifetime, renew-time and rebind-time instead" : ""));
        }
        // Option 125 may come without data: its enterprise blocks are the options of the vendor-N spaces.
        Octets data = OptionEntries.data(entry, ModelNames.DHCPV4, key, catalogue.find(key),
            key.equals(StandardOptions.VENDOR_IDENTIFYING_SPECIFIC.key()), path);
        return new ConfiguredOption(key, data, YangData.bool(entry, ALWAYS_SEND).orElse(false),
            YangData.bool(entry, NEVER_SEND).orElse(false));
    }

    private static List<VendorClassSpace> vendorClassSpaces(DataContainerNode v4) {
        return YangData.container(v4, OPTION_DEFS).map(defs -> YangData.entries(defs, VENDOR_CLASS_SPACE).stream()
            .map(e -> new VendorClassSpace(YangData.text(e, VENDOR_CLASS).orElseThrow(),
                YangData.text(e, SPACE).orElseThrow())).toList()).orElse(List.of());
    }
}
