package org.takahe.datastore;

/** The NETCONF configuration datastores (RFC 6241 §5.1). */
public enum DatastoreName {
    RUNNING, CANDIDATE, STARTUP;

    /** The element name NETCONF uses for it, e.g. "candidate". */
    public String xmlName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
