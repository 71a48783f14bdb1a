package org.takahe.netconf.rpc;

import java.util.EnumMap;
import java.util.Map;
import org.takahe.datastore.ConfigDatastore;
import org.takahe.datastore.DatastoreException;
import org.takahe.datastore.DatastoreName;
import org.takahe.datastore.ErrorTag;

/**
 * The NETCONF locks of one server (RFC 6241 §7.5): at most one session holds each datastore.
 * Writes run while holding this object's monitor, so a lock cannot be granted half way through an
 * edit. Releasing the candidate's lock throws away its uncommitted changes, as §8.3.5.2 asks.
 */
public final class DatastoreLocks {

    /** An operation on the datastore that runs once the locks allow it. */
    @FunctionalInterface
    public interface Write {
        void run() throws DatastoreException;
    }

    private final ConfigDatastore datastore;
    private final Map<DatastoreName, Long> holders = new EnumMap<>(DatastoreName.class);

    public DatastoreLocks(ConfigDatastore datastore) {
        this.datastore = datastore;
    }

    public synchronized void lock(DatastoreName target, long sessionId) throws RpcException {
        Long holder = holders.get(target);
        if (holder != null) {
            throw new RpcException(lockDenied("the " + target.xmlName() + " datastore is locked by session " + holder,
                holder));
        }
        if (target == DatastoreName.CANDIDATE && datastore.candidateModified()) {
            // Session-id 0: the changes belong to no session that could give the lock up.
            throw new RpcException(lockDenied("the candidate has uncommitted changes", 0));
        }
        holders.put(target, sessionId);
    }

    public synchronized void unlock(DatastoreName target, long sessionId) throws RpcException {
        Long holder = holders.get(target);
        if (holder == null || holder != sessionId) {
            throw new RpcException(RpcError.of(ErrorType.PROTOCOL, ErrorTag.OPERATION_FAILED,
                "this session does not hold the lock on " + target.xmlName()));
        }
        release(target);
    }

    /** Releases every lock of a session that has ended; harmless if called twice. */
    public synchronized void releaseAll(long sessionId) {
        for (DatastoreName target : DatastoreName.values()) {
            Long holder = holders.get(target);
            if (holder != null && holder == sessionId) {
                release(target);
            }
        }
    }

    /** Runs a write unless another session holds a lock on one of the datastores it touches. */
    public synchronized void write(long sessionId, Write write, DatastoreName... touched) throws RpcException {
        for (DatastoreName target : touched) {
            Long holder = holders.get(target);
            if (holder != null && holder != sessionId) {
                throw new RpcException(RpcError.of(ErrorType.PROTOCOL, ErrorTag.IN_USE,
                    "the " + target.xmlName() + " datastore is locked by session " + holder));
            }
        }
        try {
            write.run();
        } catch (DatastoreException e) {
            throw new RpcException(e);
        }
    }

    private void release(DatastoreName target) {
        holders.remove(target);
        if (target == DatastoreName.CANDIDATE) {
            datastore.discardChanges();
        }
    }

    private static RpcError lockDenied(String message, long holder) {
        return RpcError.of(ErrorType.PROTOCOL, ErrorTag.LOCK_DENIED, message)
            .withInfo("session-id", Long.toString(holder));
    }
}
