package org.takahe.datastore;

/** The RFC 6241 Appendix A error-tags a datastore operation can fail with. */
public enum ErrorTag {
    IN_USE, INVALID_VALUE, TOO_BIG, MISSING_ATTRIBUTE, BAD_ATTRIBUTE, UNKNOWN_ATTRIBUTE, MISSING_ELEMENT,
    BAD_ELEMENT, UNKNOWN_ELEMENT, UNKNOWN_NAMESPACE, ACCESS_DENIED, LOCK_DENIED, RESOURCE_DENIED,
    ROLLBACK_FAILED, DATA_EXISTS, DATA_MISSING, OPERATION_NOT_SUPPORTED, OPERATION_FAILED, MALFORMED_MESSAGE;

    /** The tag as it appears on the wire, e.g. "data-exists". */
    public String xmlName() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
