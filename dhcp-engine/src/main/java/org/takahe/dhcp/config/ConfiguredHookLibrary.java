package org.takahe.dhcp.config;

import org.takahe.dhcp.hooks.api.Callouts;

/**
 * One hook library as configured: its name, the callouts its factory made from the operator's parameters, and what a
 * failing callout of it means.
 */
public record ConfiguredHookLibrary(String name, Callouts callouts, CalloutFailurePolicy onFailure) {
}
