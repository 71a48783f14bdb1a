package org.takahe.netconf.rpc;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.opendaylight.yangtools.yang.data.api.schema.ContainerNode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.takahe.datastore.ConfigDatastore;
import org.takahe.datastore.DataRoots;
import org.takahe.datastore.DatastoreException;
import org.takahe.datastore.DatastoreName;
import org.takahe.datastore.Edit;
import org.takahe.datastore.EditOperation;
import org.takahe.datastore.ErrorTag;
import org.takahe.netconf.NetconfMessages;
import org.takahe.netconf.SessionListener;
import org.takahe.netconf.TerminationReason;

/**
 * Commits, confirmed or not, and the one confirmed commit that may be pending (RFC 6241 §8.4,
 * :confirmed-commit:1.1). While one is pending, running can be rolled back to what it was before
 * it: on timeout, on cancel-commit, or when its session ends unless it was given {@code <persist>}.
 * A rollback is an ordinary edit of running, so validation and the commit participants see it
 * like any other change. Startup may not be written meanwhile, so it never holds a configuration
 * that could still be rolled back.
 */
public final class ConfirmedCommits implements SessionListener, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ConfirmedCommits.class);

    /** RFC 6241 §8.4.5.1: confirm-timeout defaults to 600 seconds. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(600);

    /** The parameters of one {@code <commit>}. */
    public record Request(boolean confirmed, Duration timeout, Optional<String> persist, Optional<String> persistId) {
    }

    /** The pending confirmed commit. {@code generation} tells a stale timer from the current one. */
    private record Pending(long sessionId, Optional<String> persist, ContainerNode rollbackTo,
            ScheduledFuture<?> timer, long generation) {
    }

    private final ConfigDatastore datastore;
    private final DatastoreLocks locks;
    private final ServerEvents events;
    private final ScheduledExecutorService timers;
    private @Nullable Pending pending;
    private long generations;

    /** @param timers runs the confirm timeouts; owned by the caller */
    public ConfirmedCommits(ConfigDatastore datastore, DatastoreLocks locks, ServerEvents events,
            ScheduledExecutorService timers) {
        this.datastore = datastore;
        this.locks = locks;
        this.events = events;
        this.timers = timers;
    }

    /** {@code <commit>}: plain, confirmed (start or extend), or confirming. */
    public synchronized void commit(long sessionId, Request request) throws RpcException {
        Pending current = pending;
        if (current != null) {
            checkMayFollowUp(current, sessionId, request.persistId());
        } else if (request.persistId().isPresent()) {
            throw new RpcException(RpcError.invalidValue("persist-id", "no confirmed commit is pending"));
        }
        ContainerNode before = datastore.read(DatastoreName.RUNNING);
        boolean starts = current == null && request.confirmed();
        if (starts) {
            // Kept on disk before running changes, so a crash at any point leaves a way back.
            saveRollbackPoint(before);
        }
        try {
            locks.write(sessionId, datastore::commit, DatastoreName.RUNNING, DatastoreName.CANDIDATE);
        } catch (RpcException e) {
            if (starts) {
                clearRollbackPoint();
            }
            throw e;
        }
        if (current != null) {
            current.timer().cancel(false);
        }
        if (!request.confirmed()) {
            if (current != null) {
                settle();
                clearRollbackPoint();
                NetconfMessages.NETCONF_CONFIRMED_COMMIT_COMPLETED.log(LOG, sessionId);
                events.confirmedCommit(sessionId, ConfirmEvent.COMPLETE, OptionalLong.empty());
            }
            return;
        }
        long generation = ++generations;
        ScheduledFuture<?> timer = timers.schedule(() -> expire(generation), request.timeout().toMillis(),
            TimeUnit.MILLISECONDS);
        // An extension keeps the first rollback point: a rollback undoes the whole trial.
        ContainerNode rollbackTo = current == null ? before : current.rollbackTo();
        pending = new Pending(sessionId, request.persist(), rollbackTo, timer, generation);
        locks.holdStartup(true);
        long seconds = request.timeout().toSeconds();
        NetconfMessages.NETCONF_CONFIRMED_COMMIT_STARTED.log(LOG, sessionId, seconds,
            request.persist().isPresent() ? "persistent" : "bound to the session");
        events.confirmedCommit(sessionId, current == null ? ConfirmEvent.START : ConfirmEvent.EXTEND,
            OptionalLong.of(seconds));
    }

    /** {@code <cancel-commit>}: rolls the pending confirmed commit back now. */
    public synchronized void cancel(long sessionId, Optional<String> persistId) throws RpcException {
        Pending current = pending;
        if (current == null) {
            throw new RpcException(RpcError.of(ErrorType.PROTOCOL, ErrorTag.OPERATION_FAILED,
                "no confirmed commit is pending"));
        }
        if (persistId.isPresent()) {
            if (!persistId.equals(current.persist())) {
                throw new RpcException(RpcError.invalidValue("persist-id",
                    "persist-id does not match the pending confirmed commit"));
            }
        } else if (current.sessionId() != sessionId) {
            throw new RpcException(RpcError.of(ErrorType.PROTOCOL, ErrorTag.IN_USE,
                "the pending confirmed commit belongs to session " + current.sessionId()
                    + "; another session may cancel it only with its persist-id"));
        }
        rollBack(current, sessionId, ConfirmEvent.CANCEL, "cancel-commit");
    }

    @Override
    public void sessionStarted(long sessionId, String user, String remoteAddress) {
        // a new session has no confirmed commit yet
    }

    /** A session ended: its confirmed commit is rolled back unless it was made persistent. */
    @Override
    public synchronized void sessionEnded(long sessionId, TerminationReason reason) {
        Pending current = pending;
        if (current != null && current.sessionId() == sessionId && current.persist().isEmpty()) {
            rollBack(current, sessionId, ConfirmEvent.CANCEL, "its session ended");
        }
    }

    /** Server shutdown: a configuration on trial is not kept (RFC 6241 §8.4: no confirming commit came). */
    @Override
    public synchronized void close() {
        Pending current = pending;
        if (current != null) {
            rollBack(current, ServerEvents.SERVER, ConfirmEvent.CANCEL, "the server is shutting down");
        }
    }

    private synchronized void expire(long generation) {
        Pending current = pending;
        if (current != null && current.generation() == generation) {
            rollBack(current, ServerEvents.SERVER, ConfirmEvent.TIMEOUT, "its confirm timeout passed");
        }
    }

    /**
     * A follow-up commit (confirming or extending) must come from the session of the confirmed
     * commit, or, when that was given persist, carry the same persist-id from any session.
     */
    private static void checkMayFollowUp(Pending current, long sessionId, Optional<String> persistId)
            throws RpcException {
        if (current.persist().isPresent()) {
            if (persistId.isEmpty()) {
                throw new RpcException(RpcError.of(ErrorType.PROTOCOL, ErrorTag.IN_USE,
                    "a persistent confirmed commit is pending; commit with its persist-id"));
            }
            if (!persistId.equals(current.persist())) {
                throw new RpcException(RpcError.invalidValue("persist-id",
                    "persist-id does not match the pending confirmed commit"));
            }
        } else if (persistId.isPresent()) {
            throw new RpcException(RpcError.invalidValue("persist-id",
                "the pending confirmed commit was not given persist"));
        } else if (current.sessionId() != sessionId) {
            throw new RpcException(RpcError.of(ErrorType.PROTOCOL, ErrorTag.IN_USE,
                "a confirmed commit of session " + current.sessionId() + " is pending"));
        }
    }

    /** Puts running back as it was before the confirmed commit, overriding any lock: the trial is over. */
    private void rollBack(Pending current, long bySession, ConfirmEvent event, String why) {
        current.timer().cancel(false);
        settle();
        Edit restore = Edit.of(EditOperation.REPLACE, DataRoots.PATH, current.rollbackTo());
        try {
            locks.forceWrite(bySession, () -> datastore.edit(DatastoreName.RUNNING, List.of(restore)),
                DatastoreName.RUNNING);
            NetconfMessages.NETCONF_CONFIRMED_COMMIT_ROLLED_BACK.log(LOG, current.sessionId(), why);
            // Only once running is restored: until then a restart must still find the way back.
            clearRollbackPoint();
        } catch (DatastoreException e) {
            NetconfMessages.NETCONF_CONFIRMED_COMMIT_ROLLBACK_FAILED.log(LOG, current.sessionId(), why,
                e.getMessage());
        }
        events.confirmedCommit(bySession, event, OptionalLong.empty());
    }

    private void saveRollbackPoint(ContainerNode before) throws RpcException {
        try {
            datastore.saveRollbackPoint(before);
        } catch (DatastoreException e) {
            throw new RpcException(e);
        }
    }

    /**
     * A rollback point left on disk would undo confirmed work at the next start, so a failure to
     * remove it is logged loudly; the reply to the client stands, running is as it says.
     */
    private void clearRollbackPoint() {
        try {
            datastore.clearRollbackPoint();
        } catch (DatastoreException e) {
            NetconfMessages.NETCONF_ROLLBACK_POINT_NOT_CLEARED.log(LOG, e.getMessage());
        }
    }

    private void settle() {
        pending = null;
        locks.holdStartup(false);
    }
}
