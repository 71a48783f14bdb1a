package org.takahe.dhcp.exchange;

import java.util.List;

/**
 * What one level contributes to a client's options: references to option sets, in order (within the scope,
 * the last set that has an option wins). {@link OptionScopes} lists the scopes of an exchange.
 */
public record OptionScope(OptionLevel level, List<String> optionSetIds) {

    public OptionScope {
        optionSetIds = List.copyOf(optionSetIds);
    }
}
