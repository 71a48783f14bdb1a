package org.takahe.datastore;

import java.util.Locale;
import java.util.Optional;

/** How a read reports default values (RFC 6243 §3). */
public enum WithDefaultsMode {
    /** Every node, defaults included. */
    REPORT_ALL,
    /** Nodes holding their schema default are left out. */
    TRIM,
    /** What was set, even to the default value; nothing the server filled in. This server's basic mode. */
    EXPLICIT,
    /** As report-all, with each node holding its default value marked {@code wd:default="true"}. */
    REPORT_ALL_TAGGED;

    /** The namespace of the with-defaults parameter (module ietf-netconf-with-defaults). */
    public static final String PARAMETER_NAMESPACE = "urn:ietf:params:xml:ns:yang:ietf-netconf-with-defaults";

    /** The namespace of the {@code default} attribute that report-all-tagged puts on default nodes. */
    public static final String ATTRIBUTE_NAMESPACE = "urn:ietf:params:xml:ns:netconf:default:1.0";

    /** The value as it appears on the wire, e.g. "report-all-tagged". */
    public String xmlName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The mode named by a with-defaults parameter's value, if it is one. */
    public static Optional<WithDefaultsMode> fromXmlName(String value) {
        for (WithDefaultsMode mode : values()) {
            if (mode.xmlName().equals(value)) {
                return Optional.of(mode);
            }
        }
        return Optional.empty();
    }
}
