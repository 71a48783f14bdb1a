package org.takahe.datastore;

import java.util.Optional;

/**
 * A datastore operation failed; nothing was changed. Carries what NETCONF needs for an rpc-error:
 * the tag, the offending node's path in the data (as an XPath-like string such as
 * {@code /dhcpv4-server/allocation-ranges/allocation-range[id='lan']/network-prefix}), and a message
 * for a person.
 */
public class DatastoreException extends Exception {
    private static final long serialVersionUID = 1L;

    private final ErrorTag tag;
    private final String errorPath;

    public DatastoreException(ErrorTag tag, Optional<String> errorPath, String message) {
        this(tag, errorPath, message, null);
    }

    public DatastoreException(ErrorTag tag, Optional<String> errorPath, String message,
            @org.jspecify.annotations.Nullable Throwable cause) {
        super(message, cause);
        this.tag = tag;
        this.errorPath = errorPath.orElse(null);
    }

    public ErrorTag tag() {
        return tag;
    }

    public Optional<String> errorPath() {
        return Optional.ofNullable(errorPath);
    }
}
