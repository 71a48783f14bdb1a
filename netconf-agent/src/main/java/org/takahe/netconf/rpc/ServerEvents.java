package org.takahe.netconf.rpc;

import java.util.OptionalLong;
import org.opendaylight.yangtools.yang.data.api.schema.ContainerNode;
import org.takahe.datastore.DatastoreName;

/**
 * What the operations tell the notification stream (RFC 6470). Every method is called on the
 * thread doing the work, often while datastore locks are held, so implementations must only
 * record the event and return; they must never block or throw.
 */
public interface ServerEvents {

    /** Session-id standing for the server itself, e.g. a rollback when a confirmed commit times out. */
    long SERVER = 0;

    /**
     * A write changed running or startup.
     *
     * @param sessionId the session whose operation made the change, or {@link #SERVER}
     */
    void configChanged(long sessionId, DatastoreName datastore, ContainerNode before, ContainerNode after);

    /**
     * A confirmed commit changed state.
     *
     * @param sessionId the session that caused it, or {@link #SERVER} (timeout)
     * @param timeoutSeconds the new confirm timeout, for start and extend only
     */
    void confirmedCommit(long sessionId, ConfirmEvent event, OptionalLong timeoutSeconds);

    /** kill-session is about to end {@code sessionId}; its session-end event names the killer. */
    void sessionKilled(long sessionId, long killedBy);

    /** Tells nobody: for tests and tools that run operations without a notification stream. */
    ServerEvents NONE = new ServerEvents() {
        @Override
        public void configChanged(long sessionId, DatastoreName datastore, ContainerNode before,
                ContainerNode after) {
            // nobody listens
        }

        @Override
        public void confirmedCommit(long sessionId, ConfirmEvent event, OptionalLong timeoutSeconds) {
            // nobody listens
        }

        @Override
        public void sessionKilled(long sessionId, long killedBy) {
            // nobody listens
        }
    };
}
