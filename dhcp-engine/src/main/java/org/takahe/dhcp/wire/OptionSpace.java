package org.takahe.dhcp.wire;

import java.util.OptionalLong;

/**
 * Names of option spaces: the top-level DHCPv4 options, and the spaces whose options travel encapsulated
 * inside one of them (sub-options of 43 and 125). Any other name is an operator's own space for option 43.
 * DHCPv6 spaces are named "dhcp6" or "dhcp6-..." because their codes are 16 bits wide (RFC 8415 §21.1)
 * where DHCPv4's are 8; {@link #maxCode} tells them apart.
 */
public final class OptionSpace {
    /** The options of the message itself. */
    public static final String DHCP4 = "dhcp4";
    /** Sub-options of vendor-specific information (43) when the client's vendor class selects no other space. */
    public static final String VENDOR_ENCAPSULATED = "vendor-encapsulated-options-space";
    /** Sub-options of the relay agent information option (82). */
    public static final String RELAY_AGENT = "dhcp-agent-options-space";

    /** The options of a DHCPv6 message, and those encapsulated in IA_NA, IAADDR and the like (RFC 8415 §21). */
    public static final String DHCP6 = "dhcp6";
    /** Sub-options of the DHCPv6 NTP server option (56, RFC 5908 §4). */
    public static final String NTP_SERVER6 = "dhcp6-ntp-server";

    private static final String VENDOR_PREFIX = "vendor-";
    private static final String DHCP6_PREFIX = DHCP6 + "-";

    private OptionSpace() {
    }

    /** The space of one enterprise's V-I vendor-specific sub-options (option 125, RFC 3925), e.g. "vendor-4491". */
    public static String vendor(long enterpriseNumber) {
        return VENDOR_PREFIX + enterpriseNumber;
    }

    /** The space of one enterprise's DHCPv6 vendor-specific sub-options (option 17, RFC 8415 §21.17). */
    public static String vendor6(long enterpriseNumber) {
        return DHCP6_PREFIX + VENDOR_PREFIX + enterpriseNumber;
    }

    /** The highest option code of a space: 65535 in DHCPv6 spaces, 254 elsewhere (0 and 255 are pad and end). */
    public static int maxCode(String space) {
        return space.equals(DHCP6) || space.startsWith(DHCP6_PREFIX) ? 0xffff : 254;
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
