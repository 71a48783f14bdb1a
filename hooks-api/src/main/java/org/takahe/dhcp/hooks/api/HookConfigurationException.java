package org.takahe.dhcp.hooks.api;

import java.util.Optional;

/**
 * A library refuses the parameters it was configured with. The server refuses the NETCONF commit with this
 * message, pointing at the named parameter when there is one, else at the library's entry.
 */
public final class HookConfigurationException extends Exception {
    private static final long serialVersionUID = 1L;

    private final String parameter;

    /** The parameters as a whole are wrong (e.g. a required one is missing). */
    public HookConfigurationException(String message) {
        super(message);
        this.parameter = null;
    }

    /** One parameter is wrong; {@code parameter} is its name. */
    public HookConfigurationException(String parameter, String message) {
        super(message);
        this.parameter = parameter;
    }

    /** The name of the offending parameter, when one is to blame. */
    public Optional<String> parameter() {
        return Optional.ofNullable(parameter);
    }
}
