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
    private final @org.jspecify.annotations.Nullable String errorPath;
    private final @org.jspecify.annotations.Nullable String errorAppTag;

    public DatastoreException(ErrorTag tag, Optional<String> errorPath, String message) {
        this(tag, errorPath, message, null);
    }

    public DatastoreException(ErrorTag tag, Optional<String> errorPath, String message,
            @org.jspecify.annotations.Nullable Throwable cause) {
        this(tag, errorPath, Optional.empty(), message, cause);
    }

    /** With an error-app-tag, e.g. RFC 7950 §15's "instance-required" or "data-not-unique". */
    public DatastoreException(ErrorTag tag, Optional<String> errorPath, Optional<String> errorAppTag, String message,
            @org.jspecify.annotations.Nullable Throwable cause) {
        super(message, cause);
        this.tag = tag;
        this.errorPath = errorPath.orElse(null);
        this.errorAppTag = errorAppTag.orElse(null);
    }

    public ErrorTag tag() {
        return tag;
    }

    public Optional<String> errorPath() {
        return Optional.ofNullable(errorPath);
    }

    /** The rpc-error's error-app-tag, when the failure has a standard one. */
    public Optional<String> errorAppTag() {
        return Optional.ofNullable(errorAppTag);
    }
}
