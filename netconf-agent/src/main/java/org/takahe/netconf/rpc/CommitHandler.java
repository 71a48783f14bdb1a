package org.takahe.netconf.rpc;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.takahe.datastore.ConfigDatastore;
import org.takahe.datastore.DatastoreName;
import org.takahe.netconf.NetconfMessages;

/** {@code <commit>}: the candidate becomes running. Confirmed commits are not supported yet. */
final class CommitHandler implements RpcHandler {

    private static final Logger LOG = LoggerFactory.getLogger(CommitHandler.class);

    private final ConfigDatastore datastore;
    private final DatastoreLocks locks;

    CommitHandler(ConfigDatastore datastore, DatastoreLocks locks) {
        this.datastore = datastore;
        this.locks = locks;
    }

    @Override
    public RpcOutput handle(RpcRequest request) throws RpcException {
        if (!NetconfXml.childElements(request.operation()).isEmpty()) {
            throw new RpcException(RpcError.notSupported("confirmed commit"));
        }
        long sessionId = request.session().sessionId();
        locks.write(sessionId, datastore::commit, DatastoreName.RUNNING, DatastoreName.CANDIDATE);
        NetconfMessages.NETCONF_CONFIG_COMMITTED.log(LOG, sessionId, request.session().user());
        return RpcOutput.OK;
    }
}
