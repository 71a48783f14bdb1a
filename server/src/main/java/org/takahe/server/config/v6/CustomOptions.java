package org.takahe.server.config.v6;

import static org.takahe.server.config.v6.Dhcpv6Names.CODE;
import static org.takahe.server.config.v6.Dhcpv6Names.CUSTOM_OPTION;
import static org.takahe.server.config.v6.Dhcpv6Names.OPTION_DEF;
import static org.takahe.server.config.v6.Dhcpv6Names.OPTION_DEFS;
import static org.takahe.server.config.v6.Dhcpv6Names.SPACE;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.opendaylight.yangtools.yang.data.api.YangInstanceIdentifier;
import org.opendaylight.yangtools.yang.data.api.schema.DataContainerNode;
import org.opendaylight.yangtools.yang.data.api.schema.MapEntryNode;
import org.takahe.dhcp.wire.Octets;
import org.takahe.dhcp.wire.OptionCatalogue;
import org.takahe.dhcp.wire.OptionDefinition;
import org.takahe.dhcp.wire.OptionKey;
import org.takahe.dhcp.wire.OptionSpace;
import org.takahe.dhcp.wire.StandardOptions6;
import org.takahe.dhcp.wire.v6.OptionCode6;
import org.takahe.dhcp.wire.v6.RawOption6;
import org.takahe.server.config.ConfigRefusal;
import org.takahe.server.config.OptionEntries;
import org.takahe.server.config.YangData;

/**
 * The operator's option definitions (option-defs) and an option set's custom-option entries, read against the
 * shared option catalogue: the data of each entry is encoded here, so data that does not fit is refused at commit
 * naming its entry.
 */
final class CustomOptions {
    private static final String VENDOR_PREFIX = "vendor-";
    private static final long MAX_ENTERPRISE = 0xffffffffL;

    /**
     * Options the server builds for each exchange itself, or that only clients and relays send: a configured value
     * would contradict what the exchange needs.
     */
    private static final Set<Integer> NOT_CONFIGURABLE = Set.of(OptionCode6.CLIENTID, OptionCode6.SERVERID,
        OptionCode6.IA_NA, OptionCode6.IA_TA, OptionCode6.IAADDR, OptionCode6.ORO, OptionCode6.ELAPSED_TIME,
        OptionCode6.RELAY_MSG, OptionCode6.AUTH, OptionCode6.STATUS_CODE, OptionCode6.RAPID_COMMIT,
        OptionCode6.INTERFACE_ID, OptionCode6.RECONF_MSG, OptionCode6.RECONF_ACCEPT, OptionCode6.IA_PD,
        OptionCode6.IAPREFIX, OptionCode6.REMOTE_ID, OptionCode6.SUBSCRIBER_ID, OptionCode6.CLIENT_LINKLAYER_ADDR);

    private final OptionCatalogue catalogue;

    private CustomOptions(OptionCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    /** The standard definitions and the ones of /dhcpv6-server/option-defs. */
    static CustomOptions read(DataContainerNode v6) throws ConfigRefusal {
        List<OptionDefinition> custom = new ArrayList<>();
        OptionCatalogue catalogue = OptionCatalogue.standard();
        Optional<DataContainerNode> defs = YangData.container(v6, OPTION_DEFS);
        for (MapEntryNode entry : defs.map(d -> YangData.entries(d, OPTION_DEF)).orElse(List.of())) {
            YangInstanceIdentifier path = Dhcpv6Paths.entry(Dhcpv6Paths.server(), OPTION_DEFS, OPTION_DEF, entry);
            String space = space(entry, path);
            try {
                custom.add(OptionEntries.definition(entry, Dhcpv6Names.TAKAHE, space));
                catalogue = OptionCatalogue.withCustom(custom);
            } catch (IllegalArgumentException e) {
                throw new ConfigRefusal(path, e.getMessage());
            }
        }
        return new CustomOptions(catalogue);
    }

    /**
     * The custom-option entries of an option set, encoded: those of space dhcp6 as options of the message, those
     * of space vendor-N as sub-options of enterprise N's option 17.
     */
    Encoded encode(MapEntryNode set, YangInstanceIdentifier setPath) throws ConfigRefusal {
        List<Entry> options = new ArrayList<>();
        Map<Long, List<Entry>> vendorSubOptions = new LinkedHashMap<>();
        for (MapEntryNode entry : YangData.entries(set, CUSTOM_OPTION)) {
            YangInstanceIdentifier path = Dhcpv6Paths.entry(setPath, CUSTOM_OPTION, entry);
            OptionKey key = new OptionKey(space(entry, path), YangData.number(entry, CODE).orElseThrow().intValue());
            if (key.space().equals(OptionSpace.DHCP6) && NOT_CONFIGURABLE.contains(key.code())) {
                throw new ConfigRefusal(path, "option " + key.code() + " ("
                    + StandardOptions6.byCode(key.code()).map(OptionDefinition::name).orElseThrow()
                    + ") is built by the server for each exchange, or sent by clients and relays only"
                    + (key.code() == OptionCode6.RAPID_COMMIT ? "; use rapid-commit-option or rapid-commit" : ""));
            }
            Octets data = OptionEntries.data(entry, Dhcpv6Names.TAKAHE, key, catalogue.find(key), false, path);
            Entry encoded = new Entry(new RawOption6(key.code(), data), path);
            if (key.space().equals(OptionSpace.DHCP6)) {
                options.add(encoded);
            } else {
                vendorSubOptions.computeIfAbsent(enterprise(entry), n -> new ArrayList<>()).add(encoded);
            }
        }
        return new Encoded(options, vendorSubOptions);
    }

    /**
     * The catalogue's space for an entry's space leaf: vendor-N of the model is DHCPv6's own vendor space.
     *
     * @throws ConfigRefusal at the entry if N is no enterprise number (more than 32 bits)
     */
    private static String space(MapEntryNode entry, YangInstanceIdentifier path) throws ConfigRefusal {
        String space = YangData.text(entry, SPACE).orElseThrow();
        if (!space.startsWith(VENDOR_PREFIX)) {
            return space;
        }
        long enterprise = enterprise(entry);
        if (enterprise > MAX_ENTERPRISE) {
            throw new ConfigRefusal(path.node(SPACE), space + ": enterprise numbers are 32 bits wide");
        }
        return OptionSpace.vendor6(enterprise);
    }

    private static long enterprise(MapEntryNode entry) {
        return Long.parseLong(YangData.text(entry, SPACE).orElseThrow().substring(VENDOR_PREFIX.length()));
    }

    /** One encoded entry and where it was configured. */
    record Entry(RawOption6 option, YangInstanceIdentifier path) {
    }

    /**
     * @param options options of the message, in the order configured
     * @param vendorSubOptions sub-options of option 17 by enterprise number
     */
    record Encoded(List<Entry> options, Map<Long, List<Entry>> vendorSubOptions) {
    }
}
