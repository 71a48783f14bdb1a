package org.takahe.datastore;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A datastore operation failed; nothing was changed. Carries what NETCONF needs for an rpc-error:
 * the tag, the offending node's path in the data (as an XPath-like string such as
 * {@code /dhcpv4-server/allocation-ranges/allocation-range[id='lan']/network-prefix}), the
 * error-info's bad element, attribute and namespace where the tag has them (RFC 6241 Appendix A),
 * and a message for a person.
 */
public class DatastoreException extends Exception {
    private static final long serialVersionUID = 1L;

    private final ErrorTag tag;
    private final @Nullable String errorPath;
    private final @Nullable String errorAppTag;
    private final transient BadNode badNode;

    /**
     * The error-info of an rpc-error: which element (by local name), attribute or namespace was wrong.
     */
    public record BadNode(Optional<String> element, Optional<String> attribute, Optional<String> namespace) {

        public static final BadNode NONE = new BadNode(Optional.empty(), Optional.empty(), Optional.empty());

        public static BadNode element(String element) {
            return new BadNode(Optional.of(element), Optional.empty(), Optional.empty());
        }

        /** An attribute of an element, e.g. operation on a list entry. */
        public static BadNode attribute(String element, String attribute) {
            return new BadNode(Optional.of(element), Optional.of(attribute), Optional.empty());
        }

        /** An element in a namespace the server does not know. */
        public static BadNode namespace(String element, String namespace) {
            return new BadNode(Optional.of(element), Optional.empty(), Optional.of(namespace));
        }
    }

    public DatastoreException(ErrorTag tag, Optional<String> errorPath, String message) {
        this(tag, errorPath, message, null);
    }

    public DatastoreException(ErrorTag tag, Optional<String> errorPath, String message, @Nullable Throwable cause) {
        this(tag, errorPath, Optional.empty(), message, cause);
    }

    /** With an error-app-tag, e.g. RFC 7950 §15's "instance-required" or "data-not-unique". */
    public DatastoreException(ErrorTag tag, Optional<String> errorPath, Optional<String> errorAppTag, String message,
            @Nullable Throwable cause) {
        this(tag, errorPath, errorAppTag, BadNode.NONE, message, cause);
    }

    /** Naming the bad element, attribute or namespace for the rpc-error's error-info. */
    public DatastoreException(ErrorTag tag, Optional<String> errorPath, BadNode badNode, String message) {
        this(tag, errorPath, Optional.empty(), badNode, message, null);
    }

    public DatastoreException(ErrorTag tag, Optional<String> errorPath, Optional<String> errorAppTag,
            BadNode badNode, String message, @Nullable Throwable cause) {
        super(message, cause);
        this.tag = tag;
        this.errorPath = errorPath.orElse(null);
        this.errorAppTag = errorAppTag.orElse(null);
        this.badNode = badNode;
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

    /** The local name of the element that was wrong, for error-info's bad-element. */
    public Optional<String> badElement() {
        return badNode.element();
    }

    /** The name of the attribute that was wrong, for error-info's bad-attribute. */
    public Optional<String> badAttribute() {
        return badNode.attribute();
    }

    /** The namespace that was not known, for error-info's bad-namespace. */
    public Optional<String> badNamespace() {
        return badNode.namespace();
    }

    /** The same failure described in a wider context, e.g. which file held the bad data. */
    public DatastoreException withMessage(String message) {
        return new DatastoreException(tag, errorPath(), errorAppTag(), badNode, message, this);
    }
}
