package org.takahe.netconf.rpc;

/** What an operation may know about, and do to, the session it runs in. */
public interface SessionContext {

    long sessionId();

    String user();

    /** Close the session once the reply to the current rpc has been sent (close-session). */
    void closeAfterReply();
}
