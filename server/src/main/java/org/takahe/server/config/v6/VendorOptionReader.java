package org.takahe.server.config.v6;

import static org.takahe.server.config.v6.Dhcpv6Names.ENTERPRISE_NUMBER;
import static org.takahe.server.config.v6.Dhcpv6Names.SUB_OPTION_CODE;
import static org.takahe.server.config.v6.Dhcpv6Names.SUB_OPTION_DATA;
import static org.takahe.server.config.v6.Dhcpv6Names.VENDOR_OPTION;
import static org.takahe.server.config.v6.Dhcpv6Names.VENDOR_OPTIONS;
import static org.takahe.server.config.v6.Dhcpv6Names.VENDOR_OPTION_DATA;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.opendaylight.yangtools.yang.data.api.YangInstanceIdentifier;
import org.opendaylight.yangtools.yang.data.api.schema.MapEntryNode;
import org.takahe.dhcp.wire.Octets;
import org.takahe.dhcp.wire.v6.RawOption6;
import org.takahe.dhcp.wire.v6.VendorOptions;
import org.takahe.server.config.ConfigRefusal;
import org.takahe.server.config.YangData;

/**
 * Builds an option set's vendor-specific information options (17), one per enterprise: the sub-options RFC 9243's
 * vendor-specific-information-options gives as octets, then the custom options of that enterprise's vendor-N space.
 */
final class VendorOptionReader {
    private VendorOptionReader() {
    }

    /**
     * @param custom the set's custom options of the vendor-N spaces, by enterprise number
     * @throws ConfigRefusal naming a custom option whose sub-option code the RFC 9243 list gives already
     */
    static List<RawOption6> read(MapEntryNode set, Map<Long, List<CustomOptions.Entry>> custom,
            YangInstanceIdentifier setPath) throws ConfigRefusal {
        Map<Long, List<RawOption6>> byEnterprise = new LinkedHashMap<>();
        for (MapEntryNode vendor : YangData.container(set, VENDOR_OPTIONS)
                .map(c -> List.copyOf(YangData.entries(c, VENDOR_OPTION))).orElse(List.of())) {
            List<RawOption6> subOptions = new ArrayList<>();
            for (MapEntryNode data : YangData.entries(vendor, VENDOR_OPTION_DATA)) {
                subOptions.add(new RawOption6(YangData.number(data, SUB_OPTION_CODE).orElseThrow().intValue(),
                    YangData.binary(data, SUB_OPTION_DATA).map(Octets::of).orElse(Octets.empty())));
            }
            byEnterprise.put(YangData.number(vendor, ENTERPRISE_NUMBER).orElseThrow(), subOptions);
        }
        for (Map.Entry<Long, List<CustomOptions.Entry>> enterprise : custom.entrySet()) {
            List<RawOption6> subOptions = byEnterprise.computeIfAbsent(enterprise.getKey(), n -> new ArrayList<>());
            for (CustomOptions.Entry entry : enterprise.getValue()) {
                int code = entry.option().code();
                if (subOptions.stream().anyMatch(o -> o.code() == code)) {
                    throw new ConfigRefusal(entry.path(), "sub-option " + code + " of enterprise "
                        + enterprise.getKey() + " is given in vendor-specific-information-options already");
                }
                subOptions.add(entry.option());
            }
        }
        List<RawOption6> options = new ArrayList<>();
        for (Map.Entry<Long, List<RawOption6>> enterprise : byEnterprise.entrySet()) {
            try {
                options.add(new VendorOptions(enterprise.getKey(), enterprise.getValue()).toOption());
            } catch (IllegalArgumentException tooLong) {
                throw new ConfigRefusal(setPath.node(VENDOR_OPTIONS), "the vendor option of enterprise "
                    + enterprise.getKey() + ": " + tooLong.getMessage());
            }
        }
        return options;
    }
}
