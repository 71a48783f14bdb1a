package org.takahe.dhcp.classify;

/**
 * One lexical token.
 *
 * @param text the token as written (a string literal without its quotes)
 * @param position 1-based index of its first character in the source
 */
record Token(Kind kind, String text, int position) {

    enum Kind {
        STRING, HEX, INTEGER, IPV4, NAME, LPAREN, RPAREN, LBRACKET, RBRACKET, COMMA, DOT, EQUAL, PLUS, END
    }

    boolean isName(String name) {
        return kind == Kind.NAME && text.equals(name);
    }

    /** How an error message shows it. */
    String describe() {
        return kind == Kind.END ? "the end of the expression" : "'" + text + "'";
    }
}
