package org.takahe.netconf.rpc;

import java.util.EnumSet;
import org.takahe.datastore.DatastoreName;

/** {@code <lock>} and {@code <unlock>} (RFC 6241 §7.5, §7.6). */
final class LockHandler implements RpcHandler {

    private final DatastoreLocks locks;
    private final boolean lock;

    private LockHandler(DatastoreLocks locks, boolean lock) {
        this.locks = locks;
        this.lock = lock;
    }

    static LockHandler lock(DatastoreLocks locks) {
        return new LockHandler(locks, true);
    }

    static LockHandler unlock(DatastoreLocks locks) {
        return new LockHandler(locks, false);
    }

    @Override
    public RpcOutput handle(RpcRequest request) throws RpcException {
        DatastoreName target = DatastoreParameter.read(request.operation(), "target", EnumSet.allOf(DatastoreName.class));
        long sessionId = request.session().sessionId();
        if (lock) {
            locks.lock(target, sessionId);
        } else {
            locks.unlock(target, sessionId);
        }
        return RpcOutput.OK;
    }
}
