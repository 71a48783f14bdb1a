package org.takahe.dhcp.config.v6;

import java.util.List;

/**
 * RFC 9243's option-set: options referenced by id from the server, an allocation range, a pool or a host
 * reservation. The nearest level wins option by option (reservation &gt; pool &gt; range &gt; server).
 *
 * @param rapidCommit whether the set carries the rapid-commit-option (RFC 9243): a range or pool referring to it
 *     allows rapid commit
 */
public record OptionSet6(String id, List<Option6> options, boolean rapidCommit) {

    public OptionSet6 {
        options = List.copyOf(options);
    }
}
