package org.takahe.datastore;

/** The YANG modules could not be read or do not form a valid schema; the message names the module. */
public final class SchemaLoadException extends Exception {
    private static final long serialVersionUID = 1L;

    public SchemaLoadException(String message, Throwable cause) {
        super(message, cause);
    }
}
