package org.takahe.lease.file;

/** A journal line that cannot be trusted: torn, bit-flipped or not ours. */
final class MalformedRecordException extends Exception {
    private static final long serialVersionUID = 1L;

    MalformedRecordException(String reason) {
        super(reason);
    }
}
