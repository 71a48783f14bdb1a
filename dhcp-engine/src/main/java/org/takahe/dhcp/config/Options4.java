package org.takahe.dhcp.config;

import java.util.List;

/**
 * The options one level of the hierarchy (a subnet, a pool) hands out: references to option sets, in the
 * operator's order. Where two of them set the same option, the one listed last wins.
 */
public record Options4(List<String> optionSetIds) {

    public Options4 {
        optionSetIds = List.copyOf(optionSetIds);
    }

    public static Options4 none() {
        return new Options4(List.of());
    }

    public static Options4 of(String... optionSetIds) {
        return new Options4(List.of(optionSetIds));
    }
}
