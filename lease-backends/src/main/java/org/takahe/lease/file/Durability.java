package org.takahe.lease.file;

/** When a journal record counts as written, and so when {@code commit()} and {@code delete()} return. */
public enum Durability {
    /** Each record is forced to the device on its own before its caller returns. */
    EVERY_WRITE,
    /**
     * Group commit: records that arrive together are written and forced once, then all their callers
     * return. As safe as {@link #EVERY_WRITE}, far fewer syncs under load.
     */
    BATCHED,
    /** Records are handed to the operating system and never forced; a power cut may lose recent changes. */
    NONE
}
