package org.takahe.netconf.framing;

/**
 * The peer broke RFC 6242 framing (bad chunk header, stream ended inside a message). Framing cannot be resynchronised, so the session must be closed.
 */
public final class FramingException extends Exception {
    private static final long serialVersionUID = 1L;

    public FramingException(String message) {
        super(message);
    }
}
