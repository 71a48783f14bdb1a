package org.takahe.netconf.rpc;

import java.io.IOException;

/** What an operation may know about, and do to, the session it runs in. */
public interface SessionContext {

    long sessionId();

    String user();

    /**
     * Whether both peers advertised base:1.1. Error tags new in 1.1 (malformed-message) must not
     * be sent to a base:1.0 client (RFC 6241 Appendix A).
     */
    boolean base11();

    /** Close the session once the reply to the current rpc has been sent (close-session). */
    void closeAfterReply();

    /** Run an action once the reply to the current rpc has been sent (create-subscription starts delivery). */
    void afterReply(Runnable action);

    /**
     * The session now carries a notification subscription: a subscriber may listen for hours
     * without sending anything, so the transport's idle timeout must no longer end it.
     */
    void subscribed();

    /**
     * Sends a message that is not a reply (a notification) between two rpc-replies. Safe to call
     * from any thread; blocks while the client is not reading.
     */
    void send(byte[] message) throws IOException;
}
