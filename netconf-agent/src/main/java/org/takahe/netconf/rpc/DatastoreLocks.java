package org.takahe.netconf.rpc;

import java.time.Instant;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.opendaylight.yangtools.yang.data.api.schema.ContainerNode;
import org.takahe.datastore.ConfigDatastore;
import org.takahe.datastore.DatastoreException;
import org.takahe.datastore.DatastoreName;
import org.takahe.datastore.ErrorTag;

/**
 * The NETCONF locks of one server (RFC 6241 §7.5): at most one session holds each datastore.
 * Writes run while holding this object's monitor, so a lock cannot be granted half way through an
 * edit. Releasing the candidate's lock throws away its uncommitted changes, as §8.3.5.2 asks.
 * Because every write passes here, this is also where changes of running and startup are seen and
 * reported as they happen (RFC 6470 netconf-config-change).
 */
public final class DatastoreLocks {

    /** An operation on the datastore that runs once the locks allow it. */
    @FunctionalInterface
    public interface Write {
        void run() throws DatastoreException;
    }

    /** The datastores whose changes are reported; the candidate's are not (RFC 6470 §2.2). */
    private static final List<DatastoreName> REPORTED = List.of(DatastoreName.RUNNING, DatastoreName.STARTUP);

    private final ConfigDatastore datastore;
    private final ServerEvents events;
    private final Map<DatastoreName, Long> holders = new EnumMap<>(DatastoreName.class);
    /** When each lock in {@link #holders} was granted, for RFC 6022's locked-time. */
    private final Map<DatastoreName, Instant> lockedSince = new EnumMap<>(DatastoreName.class);
    /**
     * The sessions whose edits the candidate holds, so a lock on it is refused only while it holds
     * another session's changes (RFC 6241 §7.5); cleared whenever the candidate is unmodified.
     */
    private final Set<Long> candidateEditors = new LinkedHashSet<>();
    /** Set while a confirmed commit is pending: startup must not take a configuration on trial. */
    private boolean startupHeld;

    public DatastoreLocks(ConfigDatastore datastore) {
        this(datastore, ServerEvents.NONE);
    }

    /** @param events told of every change of running or startup, with the session that made it */
    public DatastoreLocks(ConfigDatastore datastore, ServerEvents events) {
        this.datastore = datastore;
        this.events = events;
    }

    public synchronized void lock(DatastoreName target, long sessionId) throws RpcException {
        Long holder = holders.get(target);
        if (holder != null) {
            throw new RpcException(lockDenied("the " + target.xmlName() + " datastore is locked by session " + holder,
                holder));
        }
        if (target == DatastoreName.CANDIDATE && datastore.candidateModified()) {
            Optional<Long> other = candidateEditors.stream().filter(editor -> editor != sessionId).findFirst();
            if (other.isPresent() || candidateEditors.isEmpty()) {
                // Session-id 0: changes of no session (the server's own) that could be committed away.
                throw new RpcException(lockDenied("the candidate has uncommitted changes of session "
                    + other.orElse(0L), other.orElse(0L)));
            }
        }
        holders.put(target, sessionId);
        lockedSince.put(target, Instant.now());
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
            if (target == DatastoreName.STARTUP && startupHeld) {
                throw new RpcException(RpcError.of(ErrorType.PROTOCOL, ErrorTag.IN_USE,
                    "a confirmed commit is pending; startup can be written once it is confirmed"));
            }
        }
        try {
            forceWrite(sessionId, write, touched);
        } catch (DatastoreException e) {
            throw new RpcException(e);
        }
    }

    /**
     * Runs a change of the candidate's content made by a session (edit-config, copy-config), unless
     * another session holds its lock, and remembers that the candidate holds this session's changes.
     */
    public synchronized void editCandidate(long sessionId, Write write) throws RpcException {
        write(sessionId, write, DatastoreName.CANDIDATE);
        if (datastore.candidateModified()) {
            candidateEditors.add(sessionId);
        }
    }

    /**
     * Runs a write whatever the locks say, for the server's own changes that must happen (the
     * rollback of a confirmed commit), and reports what it changed.
     */
    public synchronized void forceWrite(long sessionId, Write write, DatastoreName... touched)
            throws DatastoreException {
        List<DatastoreName> reported = REPORTED.stream().filter(List.of(touched)::contains).toList();
        List<ContainerNode> before = reported.stream().map(datastore::read).toList();
        try {
            write.run();
        } finally {
            if (!datastore.candidateModified()) {
                candidateEditors.clear();
            }
        }
        for (int i = 0; i < reported.size(); i++) {
            ContainerNode after = datastore.read(reported.get(i));
            if (after != before.get(i)) {
                events.configChanged(sessionId, reported.get(i), before.get(i), after);
            }
        }
    }

    /** While held, writes to startup are refused (a confirmed commit is pending). */
    synchronized void holdStartup(boolean held) {
        startupHeld = held;
    }

    /** A granted lock, as ietf-netconf-monitoring reports it. */
    public record Lock(long sessionId, Instant lockedTime) {
    }

    /** The locks held now, by datastore. */
    public synchronized Map<DatastoreName, Lock> held() {
        Map<DatastoreName, Lock> held = new EnumMap<>(DatastoreName.class);
        holders.forEach((target, holder) -> held.put(target, new Lock(holder, lockedSince.get(target))));
        return held;
    }

    private void release(DatastoreName target) {
        holders.remove(target);
        lockedSince.remove(target);
        if (target == DatastoreName.CANDIDATE) {
            datastore.discardChanges();
            candidateEditors.clear();
        }
    }

    private static RpcError lockDenied(String message, long holder) {
        return RpcError.of(ErrorType.PROTOCOL, ErrorTag.LOCK_DENIED, message)
            .withInfo("session-id", Long.toString(holder));
    }
}
