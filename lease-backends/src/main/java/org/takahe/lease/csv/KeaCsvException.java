package org.takahe.lease.csv;

/** A Kea lease file that cannot be read; names the line (1-based) and, when one is to blame, the column. */
public final class KeaCsvException extends Exception {
    private static final long serialVersionUID = 1L;

    public KeaCsvException(int line, String column, String problem) {
        super("line " + line + (column.isEmpty() ? "" : ", column " + column) + ": " + problem);
    }
}
