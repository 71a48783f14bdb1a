package org.takahe.netconf;

import java.util.Locale;

/** Why a session ended, as RFC 6470 netconf-session-end reports it. */
public enum TerminationReason {
    /** close-session. */
    CLOSED,
    /** kill-session from another session. */
    KILLED,
    /** The transport went away without close-session. */
    DROPPED,
    /** A timeout ended it, e.g. the client stopped reading. */
    TIMEOUT,
    /** The client's hello was refused. */
    BAD_HELLO,
    /** Anything else, e.g. broken framing or a full notification queue. */
    OTHER;

    /** The RFC 6470 enumeration value, e.g. "bad-hello". */
    public String xmlName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
