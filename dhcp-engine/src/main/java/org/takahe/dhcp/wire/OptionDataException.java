package org.takahe.dhcp.wire;

/** Configured option data (text or hex) that does not fit the option's definition; the message says how. */
public final class OptionDataException extends Exception {
    private static final long serialVersionUID = 1L;

    public OptionDataException(String message) {
        super(message);
    }
}
