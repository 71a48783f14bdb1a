package org.takahe.dhcp.config;

import org.takahe.dhcp.wire.OptionKey;
import org.takahe.dhcp.wire.OptionSpace;
import org.takahe.dhcp.wire.Octets;

/**
 * One option as the operator configured it, already encoded and checked against its definition at commit.
 *
 * @param key its space and code; options of other spaces than dhcp4 are sub-options of 43 or 125
 * @param data the option's data on the wire; for a container (43, 125) empty means "build it from the
 *     sub-options", anything else is sent as given
 * @param alwaysSend sent even when the client did not ask for it in option 55
 * @param neverSend never sent, even when asked for: hides the option set at less specific levels
 */
public record ConfiguredOption(OptionKey key, Octets data, boolean alwaysSend, boolean neverSend) {

    public static ConfiguredOption of(int code, Octets data) {
        return new ConfiguredOption(new OptionKey(OptionSpace.DHCP4, code), data, false, false);
    }
}
