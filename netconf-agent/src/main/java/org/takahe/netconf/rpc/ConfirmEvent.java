package org.takahe.netconf.rpc;

import java.util.Locale;

/** The confirm-event of an RFC 6470 netconf-confirmed-commit notification. */
public enum ConfirmEvent {
    /** A confirmed commit was made; the timer runs. */
    START,
    /** It was cancelled: cancel-commit, or its session ended; running was rolled back. */
    CANCEL,
    /** No confirming commit came in time; running was rolled back. */
    TIMEOUT,
    /** A follow-up confirmed commit restarted the timer. */
    EXTEND,
    /** A confirming commit made it permanent. */
    COMPLETE;

    public String xmlName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
