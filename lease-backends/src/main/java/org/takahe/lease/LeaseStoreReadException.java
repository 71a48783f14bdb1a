package org.takahe.lease;

/**
 * A read from a lease store that keeps its leases outside the process (a database) failed. Unchecked because
 * the read methods of {@link LeaseStore} declare nothing: the embedded file store answers them from memory and
 * cannot fail. The caller must treat the lease as unknown, not as absent.
 */
public final class LeaseStoreReadException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public LeaseStoreReadException(LeaseStoreException cause) {
        super(cause.getMessage(), cause);
    }
}
