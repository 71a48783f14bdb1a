package org.takahe.dhcp.classify;

/**
 * An expression that does not compile: where (a 1-based character position in the source) and why. The
 * message names both, so an operator can find the spot in a long test.
 */
public final class ExpressionException extends Exception {
    private static final long serialVersionUID = 1L;

    private final int position;
    private final String problem;

    ExpressionException(int position, String problem) {
        super("at character " + position + ": " + problem);
        this.position = position;
        this.problem = problem;
    }

    /** 1-based index of the first character of the offending token (one past the end for "unexpected end"). */
    public int position() {
        return position;
    }

    /** What is wrong, without the position. */
    public String problem() {
        return problem;
    }
}
