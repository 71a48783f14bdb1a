package org.takahe.hooks.macacl;

import java.util.Map;
import org.takahe.dhcp.hooks.api.Callouts;
import org.takahe.dhcp.hooks.api.HookConfigurationException;
import org.takahe.dhcp.hooks.api.HookLibrary;

/**
 * Access control by hardware address, configured with two parameters:
 * <ul>
 *   <li>{@code mode}: {@code allow} (only the listed clients are served) or {@code deny} (the listed clients are
 *       ignored);</li>
 *   <li>{@code hardware-addresses}: the list, separated by commas or white space, each as six (or more) bytes in
 *       hex, e.g. {@code 52:54:00:12:34:56}, {@code 52-54-00-12-34-56} or {@code 525400123456}.</li>
 * </ul>
 * Requests from a client that may not be served are dropped at pkt4-receive, before anything is allocated, so it
 * gets no OFFER, no ACK and no NAK.
 */
public final class MacAclLibrary implements HookLibrary {
    public static final String NAME = "mac-acl";
    public static final String MODE = "mode";
    public static final String HARDWARE_ADDRESSES = "hardware-addresses";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Callouts configure(Map<String, String> parameters) throws HookConfigurationException {
        for (String name : parameters.keySet()) {
            if (!name.equals(MODE) && !name.equals(HARDWARE_ADDRESSES)) {
                throw new HookConfigurationException(name, "unknown parameter '" + name + "'; " + NAME + " takes "
                    + MODE + " and " + HARDWARE_ADDRESSES);
            }
        }
        MacAcl acl = new MacAcl(mode(parameters.get(MODE)),
            HardwareAddresses.parse(HARDWARE_ADDRESSES, parameters.getOrDefault(HARDWARE_ADDRESSES, "")));
        return Callouts.builder().pkt4Receive(acl::check).build();
    }

    private static MacAcl.Mode mode(String value) throws HookConfigurationException {
        if (value == null) {
            throw new HookConfigurationException(NAME + " needs parameter '" + MODE + "' (allow or deny)");
        }
        return switch (value.trim()) {
            case "allow" -> MacAcl.Mode.ALLOW;
            case "deny" -> MacAcl.Mode.DENY;
            default -> throw new HookConfigurationException(MODE, MODE + " must be allow or deny, not '" + value
                + "'");
        };
    }
}
