package org.takahe.netconf.framing;

/**
 * A message longer than the size limit was read past and dropped; the framing is intact, so the
 * session can answer with too-big (RFC 6241 Appendix A) and carry on.
 */
public final class MessageTooBigException extends Exception {

    private static final long serialVersionUID = 1L;

    private final int limit;

    MessageTooBigException(int limit) {
        super("message exceeds " + limit + " bytes");
        this.limit = limit;
    }

    /** The size limit, in bytes, the message exceeded. */
    public int limit() {
        return limit;
    }
}
