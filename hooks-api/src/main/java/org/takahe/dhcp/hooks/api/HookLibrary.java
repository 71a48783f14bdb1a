package org.takahe.dhcp.hooks.api;

import java.util.Map;

/**
 * A hook library as the server finds it: a provider of this interface, listed in the jar's
 * {@code META-INF/services/org.takahe.dhcp.hooks.api.HookLibrary} and instantiated by {@link java.util.ServiceLoader}
 * (so it needs a public no-argument constructor). The operator names it by {@link #name()} in the configuration.
 */
public interface HookLibrary {

    /** The name operators configure it by (the key of {@code hook-library}); letters, digits, '.', '_', '-'. */
    String name();

    /**
     * Makes this library's callouts for one configuration, or refuses the parameters. Called when a commit
     * configures the library or changes its parameters; the callouts it returns serve until the next such commit
     * (when {@link Callouts#close()} is called) or until the server stops. Must not block for long: the commit waits.
     *
     * @param parameters the operator's parameters, name to value
     * @throws HookConfigurationException if the parameters are wrong; the commit is refused with its message
     */
    Callouts configure(Map<String, String> parameters) throws HookConfigurationException;
}
