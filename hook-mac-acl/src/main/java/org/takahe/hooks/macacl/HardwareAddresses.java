package org.takahe.hooks.macacl;

import java.util.HashSet;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.takahe.dhcp.hooks.api.HookConfigurationException;

/** Parses the address list parameter into the lower-case colon hex form packets are shown in. */
final class HardwareAddresses {
    private static final Pattern SEPARATORS = Pattern.compile("[,\\s]+");
    private static final Pattern SEPARATED = Pattern.compile("\\p{XDigit}{2}([:-]\\p{XDigit}{2}){5,15}");
    private static final Pattern PLAIN = Pattern.compile("(\\p{XDigit}{2}){6,16}");

    private HardwareAddresses() {
    }

    static Set<String> parse(String parameter, String list) throws HookConfigurationException {
        Set<String> addresses = new HashSet<>();
        for (String item : SEPARATORS.split(list.trim())) {
            if (item.isEmpty()) {
                continue;
            }
            if (!SEPARATED.matcher(item).matches() && !PLAIN.matcher(item).matches()) {
                throw new HookConfigurationException(parameter, "'" + item + "' is not a hardware address (6 to 16 "
                    + "bytes in hex, e.g. 52:54:00:12:34:56)");
            }
            byte[] bytes = HexFormat.of().parseHex(item.replace(":", "").replace("-", ""));
            addresses.add(HexFormat.ofDelimiter(":").formatHex(bytes).toLowerCase(Locale.ROOT));
        }
        return addresses;
    }
}
