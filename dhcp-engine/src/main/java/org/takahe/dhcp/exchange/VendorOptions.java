package org.takahe.dhcp.exchange;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.takahe.dhcp.config.ConfiguredOption;
import org.takahe.dhcp.wire.Dhcp4Options;
import org.takahe.dhcp.wire.OptionKey;
import org.takahe.dhcp.wire.OptionSpace;
import org.takahe.dhcp.wire.RawOption;
import org.takahe.dhcp.wire.StandardOptions;
import org.takahe.dhcp.wire.SubOptions;
import org.takahe.dhcp.wire.VendorIdentifyingOptions;
import org.takahe.dhcp.wire.VendorIdentifyingOptions.Block;

/**
 * Builds the container options from their sub-options after precedence: 43 from the space the client's
 * vendor class selects (RFC 2132 §8.4), 125 from the "vendor-N" spaces (RFC 3925 §4), limited to the
 * enterprises the client names in its own 124 or 125 when it names any. A 43 or 125 configured with data
 * of its own is sent as configured. A built option is sent unrequested when its container or any of its
 * sub-options is always-send.
 */
final class VendorOptions {
    private VendorOptions() {
    }

    static Optional<ConfiguredOption> vendorSpecific(ResolvedOptions resolved, String space) {
        OptionKey key = OptionKey.dhcp4(StandardOptions.VENDOR_SPECIFIC.code());
        Optional<ConfiguredOption> container = resolved.find(key);
        if (container.isPresent() && container.get().data().length() > 0) {
            return container;
        }
        List<ConfiguredOption> subOptions = sendable(resolved.inSpace(space));
        if (subOptions.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new ConfiguredOption(key, SubOptions.encode(raw(subOptions)),
            alwaysSend(container, subOptions), container.map(ConfiguredOption::neverSend).orElse(false)));
    }

    static Optional<ConfiguredOption> vendorIdentifying(ResolvedOptions resolved, Dhcp4Options request) {
        OptionKey key = OptionKey.dhcp4(StandardOptions.VENDOR_IDENTIFYING_SPECIFIC.code());
        Optional<ConfiguredOption> container = resolved.find(key);
        if (container.isPresent() && container.get().data().length() > 0) {
            return container;
        }
        Set<Long> named = enterprisesNamedBy(request);
        Map<Long, List<ConfiguredOption>> byEnterprise = new LinkedHashMap<>();
        for (ConfiguredOption option : resolved.byKey().values()) {
            OptionalLong enterprise = OptionSpace.enterpriseOf(option.key().space());
            if (enterprise.isPresent() && !option.neverSend()
                    && (named.isEmpty() || named.contains(enterprise.getAsLong()))) {
                byEnterprise.computeIfAbsent(enterprise.getAsLong(), e -> new ArrayList<>()).add(option);
            }
        }
        if (byEnterprise.isEmpty()) {
            return Optional.empty();
        }
        List<Block> blocks = new ArrayList<>();
        List<ConfiguredOption> all = new ArrayList<>();
        byEnterprise.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
            List<ConfiguredOption> sorted = e.getValue().stream()
                .sorted(Comparator.comparingInt(o -> o.key().code())).toList();
            blocks.add(new Block(e.getKey(), SubOptions.encode(raw(sorted))));
            all.addAll(sorted);
        });
        return Optional.of(new ConfiguredOption(key, VendorIdentifyingOptions.encode(blocks),
            alwaysSend(container, all), container.map(ConfiguredOption::neverSend).orElse(false)));
    }

    /** Enterprise numbers in the client's V-I vendor class (124) and V-I vendor-specific information (125). */
    private static Set<Long> enterprisesNamedBy(Dhcp4Options request) {
        Set<Long> named = new HashSet<>();
        for (int code : List.of(StandardOptions.VENDOR_IDENTIFYING_CLASS.code(),
                StandardOptions.VENDOR_IDENTIFYING_SPECIFIC.code())) {
            request.raw(code).ifPresent(data -> VendorIdentifyingOptions.decode(data)
                .forEach(block -> named.add(block.enterpriseNumber())));
        }
        return named;
    }

    private static boolean alwaysSend(Optional<ConfiguredOption> container, List<ConfiguredOption> subOptions) {
        return container.map(ConfiguredOption::alwaysSend).orElse(false)
            || subOptions.stream().anyMatch(ConfiguredOption::alwaysSend);
    }

    /** Sub-options marked never-send are left out of their container. */
    private static List<ConfiguredOption> sendable(List<ConfiguredOption> subOptions) {
        return subOptions.stream().filter(o -> !o.neverSend()).toList();
    }

    private static List<RawOption> raw(List<ConfiguredOption> subOptions) {
        return subOptions.stream().map(o -> new RawOption(o.key().code(), o.data())).toList();
    }
}
