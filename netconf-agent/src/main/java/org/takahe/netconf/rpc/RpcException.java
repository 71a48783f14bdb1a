package org.takahe.netconf.rpc;

import org.takahe.datastore.DatastoreException;

/** An operation failed; the reply carries {@link #error()}. */
public final class RpcException extends Exception {
    private static final long serialVersionUID = 1L;

    private final transient RpcError error;

    public RpcException(RpcError error) {
        super(error.tag().xmlName() + ": " + error.message());
        this.error = error;
    }

    public RpcException(DatastoreException cause) {
        this(RpcError.fromDatastore(cause));
        initCause(cause);
    }

    public RpcError error() {
        return error;
    }
}
