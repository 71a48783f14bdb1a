package org.takahe.lease;

/** A lease could not be read or made durable; the caller must not answer as if it had been. */
public final class LeaseStoreException extends Exception {
    private static final long serialVersionUID = 1L;

    public LeaseStoreException(String message, Throwable cause) {
        super(message, cause);
    }

    public LeaseStoreException(String message) {
        super(message);
    }
}
