package org.takahe.datastore;

/** The edit-config operations of RFC 6241 §7.2, as applied to one node. */
public enum EditOperation {
    /** Merge the data into what is there, creating it if absent. */
    MERGE,
    /** Replace what is there (or create it) with exactly this data. */
    REPLACE,
    /** Create the node; fails with data-exists if it is there already. */
    CREATE,
    /** Delete the node; fails with data-missing if it is absent. */
    DELETE,
    /** Delete the node if it is there; no error if absent. */
    REMOVE;

    /** The RFC's attribute value, e.g. "merge". */
    public String xmlName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
