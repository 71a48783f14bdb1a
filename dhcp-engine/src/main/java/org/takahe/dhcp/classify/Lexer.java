package org.takahe.dhcp.classify;

import java.util.ArrayList;
import java.util.List;
import org.takahe.dhcp.classify.Token.Kind;

/**
 * Splits an expression into tokens. Names may hold '-' (option names such as host-name); a string literal runs to
 * the next quote and has no escapes (write a quote as hex, 0x27), as in Kea.
 */
final class Lexer {
    private final String source;
    private int at;

    private Lexer(String source) {
        this.source = source;
    }

    static List<Token> tokens(String source) throws ExpressionException {
        Lexer lexer = new Lexer(source);
        List<Token> tokens = new ArrayList<>();
        Token token;
        do {
            token = lexer.next();
            tokens.add(token);
        } while (token.kind() != Kind.END);
        return tokens;
    }

    private Token next() throws ExpressionException {
        while (at < source.length() && Character.isWhitespace(source.charAt(at))) {
            at++;
        }
        int start = at;
        if (at == source.length()) {
            return new Token(Kind.END, "", start + 1);
        }
        char c = source.charAt(at);
        if (c == '\'') {
            return string(start);
        }
        if (isDigit(c) || c == '-' && at + 1 < source.length() && isDigit(source.charAt(at + 1))) {
            return number(start);
        }
        if (Character.isLetter(c) || c == '_') {
            at++;
            while (at < source.length() && isNamePart(source.charAt(at))) {
                at++;
            }
            return new Token(Kind.NAME, source.substring(start, at), start + 1);
        }
        if (source.startsWith("==", at)) {
            at += 2;
            return new Token(Kind.EQUAL, "==", start + 1);
        }
        Kind single = switch (c) {
            case '(' -> Kind.LPAREN;
            case ')' -> Kind.RPAREN;
            case '[' -> Kind.LBRACKET;
            case ']' -> Kind.RBRACKET;
            case ',' -> Kind.COMMA;
            case '.' -> Kind.DOT;
            case '+' -> Kind.PLUS;
            default -> throw new ExpressionException(start + 1, "unexpected character '" + c + "'"
                + (c == '=' ? " (equality is written '==')" : c == '"' ? " (strings are quoted with ')" : ""));
        };
        at++;
        return new Token(single, String.valueOf(c), start + 1);
    }

    private Token string(int start) throws ExpressionException {
        int close = source.indexOf('\'', start + 1);
        if (close < 0) {
            throw new ExpressionException(start + 1, "string starting here has no closing quote (')");
        }
        at = close + 1;
        return new Token(Kind.STRING, source.substring(start + 1, close), start + 1);
    }

    /** An integer, a 0x hex string or a dotted IPv4 address. */
    private Token number(int start) throws ExpressionException {
        if (source.startsWith("0x", at) || source.startsWith("0X", at)) {
            at += 2;
            while (at < source.length() && Character.digit(source.charAt(at), 16) >= 0) {
                at++;
            }
            if (at == start + 2) {
                throw new ExpressionException(start + 1, "hex string '" + source.substring(start, at)
                    + "' has no digits");
            }
            return new Token(Kind.HEX, source.substring(start + 2, at), start + 1);
        }
        at++;
        while (at < source.length() && isDigit(source.charAt(at))) {
            at++;
        }
        if (at + 1 < source.length() && source.charAt(at) == '.' && isDigit(source.charAt(at + 1))) {
            while (at < source.length() && (isDigit(source.charAt(at)) || source.charAt(at) == '.')) {
                at++;
            }
            return new Token(Kind.IPV4, source.substring(start, at), start + 1);
        }
        if (at < source.length() && isNamePart(source.charAt(at)) && !isDigit(source.charAt(at))) {
            throw new ExpressionException(start + 1, "'" + source.substring(start, at + 1)
                + "' is not a number (names do not start with a digit)");
        }
        return new Token(Kind.INTEGER, source.substring(start, at), start + 1);
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isNamePart(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '-';
    }
}
