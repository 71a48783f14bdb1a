package org.takahe.netconf.rpc;

import java.util.List;
import org.takahe.datastore.DatastoreException;

/** An operation failed; the reply carries {@link #errors()} (usually one). */
public final class RpcException extends Exception {
    private static final long serialVersionUID = 1L;

    private final transient List<RpcError> errors;

    public RpcException(RpcError error) {
        this(List.of(error));
    }

    /** Several errors in one reply, e.g. each edit skipped under continue-on-error (RFC 6241 §7.2). */
    public RpcException(List<RpcError> errors) {
        super(errors.getFirst().tag().xmlName() + ": " + errors.getFirst().message());
        this.errors = List.copyOf(errors);
    }

    public RpcException(DatastoreException cause) {
        this(RpcError.fromDatastore(cause));
        initCause(cause);
    }

    /** The first error. */
    public RpcError error() {
        return errors.getFirst();
    }

    /** Every error, each becoming one rpc-error of the reply. */
    public List<RpcError> errors() {
        return errors;
    }
}
