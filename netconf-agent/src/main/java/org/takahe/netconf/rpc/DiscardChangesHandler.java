package org.takahe.netconf.rpc;

import org.takahe.datastore.ConfigDatastore;
import org.takahe.datastore.DatastoreName;

/** {@code <discard-changes>}: the candidate reads as running again. */
final class DiscardChangesHandler implements RpcHandler {

    private final ConfigDatastore datastore;
    private final DatastoreLocks locks;

    DiscardChangesHandler(ConfigDatastore datastore, DatastoreLocks locks) {
        this.datastore = datastore;
        this.locks = locks;
    }

    @Override
    public RpcOutput handle(RpcRequest request) throws RpcException {
        locks.write(request.session().sessionId(), datastore::discardChanges, DatastoreName.CANDIDATE);
        return RpcOutput.OK;
    }
}
