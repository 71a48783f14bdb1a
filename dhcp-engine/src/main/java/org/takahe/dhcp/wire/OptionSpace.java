package org.takahe.dhcp.wire;

import java.util.OptionalLong;

/**
 * Names of option spaces: the top-level DHCPv4 options, and the spaces whose options travel encapsulated
 * inside one of them (sub-options of 43 and 125). Any other name is an operator's own space for option 43.
 */
public final class OptionSpace {
    /** The options of the message itself. */
    public static final String DHCP4 = "dhcp4";
    /** Sub-options of vendor-specific information (43) when the client's vendor class selects no other space. */
    public static final String VENDOR_ENCAPSULATED = "vendor-encapsulated-options-space";
    /** Sub-options of the relay agent information option (82). */
    public static final String RELAY_AGENT = "dhcp-agent-options-space";

    private static final String VENDOR_PREFIX = "vendor-";

    private OptionSpace() {
    }

    /** The space of one enterprise's V-I vendor-specific sub-options (option 125, RFC 3925), e.g. "vendor-4491". */
    public static String vendor(long enterpriseNumber) {
        return VENDOR_PREFIX + enterpriseNumber;
    }

    /** The enterprise number of a "vendor-N" space; empty for any other name. */
    public static OptionalLong enterpriseOf(String space) {
        if (!space.startsWith(VENDOR_PREFIX)) {
            return OptionalLong.empty();
        }
        String digits = space.substring(VENDOR_PREFIX.length());
        if (digits.isEmpty() || digits.length() > 10 || !digits.chars().allMatch(Character::isDigit)) {
            return OptionalLong.empty();
        }
        long number = Long.parseLong(digits);
        return number <= 0xffffffffL ? OptionalLong.of(number) : OptionalLong.empty();
    }
}
