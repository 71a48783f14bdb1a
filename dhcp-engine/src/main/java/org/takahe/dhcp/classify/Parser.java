package org.takahe.dhcp.classify;

import java.util.HexFormat;
import java.util.List;
import java.util.OptionalInt;
import org.takahe.dhcp.classify.Token.Kind;
import org.takahe.dhcp.wire.OptionDefinition;
import org.takahe.dhcp.wire.Octets;
import org.takahe.dhcp.wire.StandardOptions;

/**
 * Recursive descent over the tokens. Precedence, loosest first: {@code or}, {@code and}, {@code not}, {@code ==},
 * {@code +}; {@code and} and {@code or} group to the left. Kinds are checked while parsing, so a string where a
 * condition belongs (or the reverse) is an error at the spot, not a surprise per packet.
 */
final class Parser {
    /** Deeper nesting than any sane test; the limit keeps a hostile expression from overflowing the stack. */
    static final int MAX_DEPTH = 64;

    private final List<Token> tokens;
    private int next;
    private int depth;

    Parser(String source) throws ExpressionException {
        this.tokens = Lexer.tokens(source);
    }

    Expression parse() throws ExpressionException {
        Expression expression = or();
        Token rest = peek();
        if (rest.kind() != Kind.END) {
            throw new ExpressionException(rest.position(), "unexpected " + rest.describe() + " after a complete "
                + "expression (join conditions with 'and' or 'or')");
        }
        return expression;
    }

    Condition parseCondition() throws ExpressionException {
        return condition(parse(), tokens.getFirst());
    }

    Value parseValue() throws ExpressionException {
        return value(parse(), tokens.getFirst());
    }

    private Expression or() throws ExpressionException {
        Token start = peek();
        Expression left = and();
        while (peek().isName("or")) {
            advance();
            Token right = peek();
            left = new Condition.Or(condition(left, start), condition(and(), right));
        }
        return left;
    }

    private Expression and() throws ExpressionException {
        Token start = peek();
        Expression left = not();
        while (peek().isName("and")) {
            advance();
            Token right = peek();
            left = new Condition.And(condition(left, start), condition(not(), right));
        }
        return left;
    }

    private Expression not() throws ExpressionException {
        if (peek().isName("not")) {
            advance();
            Token operand = peek();
            enter(operand);
            Condition negated = new Condition.Not(condition(not(), operand));
            depth--;
            return negated;
        }
        return equality();
    }

    private Expression equality() throws ExpressionException {
        Token start = peek();
        Expression left = sum();
        if (peek().kind() != Kind.EQUAL) {
            return left;
        }
        advance();
        Token right = peek();
        return new Condition.Equal(value(left, start), value(sum(), right));
    }

    private Expression sum() throws ExpressionException {
        Token start = peek();
        Expression left = primary();
        while (peek().kind() == Kind.PLUS) {
            advance();
            Token right = peek();
            left = new Value.Concat(value(left, start), value(primary(), right));
        }
        return left;
    }

    private Expression primary() throws ExpressionException {
        Token token = advance();
        return switch (token.kind()) {
            case LPAREN -> {
                enter(token);
                Expression inner = or();
                expect(Kind.RPAREN, "')' to close the '(' at character " + token.position());
                depth--;
                yield inner;
            }
            case STRING -> new Value.Literal(ByteStrings.utf8(token.text()));
            case HEX -> new Value.Literal(hex(token.text()));
            case INTEGER -> new Value.Literal(ByteStrings.uint32(unsigned32(token)));
            case IPV4 -> new Value.Literal(address(token));
            case NAME -> named(token);
            default -> throw new ExpressionException(token.position(), "expected a value or a condition but found "
                + token.describe());
        };
    }

    private Expression named(Token name) throws ExpressionException {
        return switch (name.text()) {
            case "option" -> option();
            case "relay4" -> relay4();
            case "pkt4", "pkt" -> field(name);
            case "substring" -> substring(name);
            case "concat" -> {
                open(name);
                Value first = valueArgument();
                comma(name);
                Value second = valueArgument();
                close(name);
                yield new Value.Concat(first, second);
            }
            case "hexstring" -> {
                open(name);
                Value source = valueArgument();
                comma(name);
                Value separator = valueArgument();
                close(name);
                yield new Value.HexString(source, separator);
            }
            case "ifelse" -> {
                open(name);
                Token first = peek();
                enter(first);
                Condition condition = condition(or(), first);
                depth--;
                comma(name);
                Value whenTrue = valueArgument();
                comma(name);
                Value whenFalse = valueArgument();
                close(name);
                yield new Value.IfElse(condition, whenTrue, whenFalse);
            }
            case "member" -> {
                open(name);
                Token className = expect(Kind.STRING, "a class name in quotes, e.g. member('pxe')");
                if (className.text().isEmpty()) {
                    throw new ExpressionException(className.position(), "the class name is empty");
                }
                close(name);
                yield new Condition.Member(className.text());
            }
            case "known" -> new Condition.Member(BuiltinClasses.KNOWN);
            case "unknown" -> new Condition.Not(new Condition.Member(BuiltinClasses.KNOWN));
            default -> throw new ExpressionException(name.position(), "unknown name '" + name.text() + "'; expected "
                + "option, relay4, pkt4, pkt, substring, concat, hexstring, ifelse, member, known or unknown");
        };
    }

    /** {@code option[code or name].hex|text|exists}. */
    private Expression option() throws ExpressionException {
        expect(Kind.LBRACKET, "'[' after option");
        Token code = advance();
        int number = switch (code.kind()) {
            case INTEGER -> code(code, 1, 254, "option code");
            case NAME -> StandardOptions.byName(code.text()).map(OptionDefinition::code)
                .orElseThrow(() -> new ExpressionException(code.position(), "unknown option name '" + code.text()
                    + "'; use its code, e.g. option[60]"));
            default -> throw new ExpressionException(code.position(), "expected an option code or name but found "
                + code.describe());
        };
        expect(Kind.RBRACKET, "']' after the option code");
        return switch (member()) {
            case "exists" -> new Condition.OptionExists(number);
            case "hex" -> new Value.OptionData(number, Value.Representation.HEX);
            default -> new Value.OptionData(number, Value.Representation.TEXT);
        };
    }

    /** {@code relay4[code].hex|text|exists}, a sub-option of option 82. */
    private Expression relay4() throws ExpressionException {
        expect(Kind.LBRACKET, "'[' after relay4");
        int number = code(expect(Kind.INTEGER, "a sub-option code"), 1, 254, "relay agent sub-option code");
        expect(Kind.RBRACKET, "']' after the sub-option code");
        return switch (member()) {
            case "exists" -> new Condition.RelaySubOptionExists(number);
            case "hex" -> new Value.RelaySubOption(number, Value.Representation.HEX);
            default -> new Value.RelaySubOption(number, Value.Representation.TEXT);
        };
    }

    /** {@code .hex}, {@code .text} or {@code .exists}. */
    private String member() throws ExpressionException {
        expect(Kind.DOT, "'.' and then hex, text or exists");
        Token member = advance();
        if (member.isName("hex") || member.isName("text") || member.isName("exists")) {
            return member.text();
        }
        throw new ExpressionException(member.position(), "expected hex, text or exists but found "
            + member.describe());
    }

    private Expression field(Token object) throws ExpressionException {
        expect(Kind.DOT, "'.' and a field name after " + object.text());
        Token field = advance();
        if (field.kind() != Kind.NAME) {
            throw new ExpressionException(field.position(), "expected a field of " + object.text() + " ("
                + PacketField.namesOf(object.text()) + ") but found " + field.describe());
        }
        return PacketField.find(object.text(), field.text()).<Expression>map(Value.Field::new)
            .orElseThrow(() -> new ExpressionException(field.position(), "unknown field " + object.text() + "."
                + field.text() + "; " + object.text() + " has " + PacketField.namesOf(object.text())));
    }

    /** {@code substring(value, start, length | all)}; start and length are integer literals, as in Kea. */
    private Expression substring(Token name) throws ExpressionException {
        open(name);
        Value source = valueArgument();
        comma(name);
        int start = signed32(expect(Kind.INTEGER, "the start position (an integer, negative counts from the end)"));
        comma(name);
        Token length = advance();
        OptionalInt count;
        if (length.isName("all")) {
            count = OptionalInt.empty();
        } else if (length.kind() == Kind.INTEGER) {
            count = OptionalInt.of(signed32(length));
        } else {
            throw new ExpressionException(length.position(), "expected the length (an integer or all) but found "
                + length.describe());
        }
        close(name);
        return new Value.Substring(source, start, count);
    }

    private Value valueArgument() throws ExpressionException {
        Token start = peek();
        enter(start);
        Value argument = value(or(), start);
        depth--;
        return argument;
    }

    private void open(Token function) throws ExpressionException {
        expect(Kind.LPAREN, "'(' after " + function.text());
    }

    private void comma(Token function) throws ExpressionException {
        expect(Kind.COMMA, "',' between the arguments of " + function.text());
    }

    private void close(Token function) throws ExpressionException {
        expect(Kind.RPAREN, "')' to end the arguments of " + function.text());
    }

    private static Condition condition(Expression expression, Token start) throws ExpressionException {
        if (expression instanceof Condition condition) {
            return condition;
        }
        throw new ExpressionException(start.position(), "expected a condition (true or false) but this is a string;"
            + " compare it with '==', e.g. option[60].text == 'PXEClient'");
    }

    private static Value value(Expression expression, Token start) throws ExpressionException {
        if (expression instanceof Value value) {
            return value;
        }
        throw new ExpressionException(start.position(), "expected a string but this is a condition (true or false);"
            + " use ifelse(condition, 'yes', 'no') to turn it into one");
    }

    private void enter(Token at) throws ExpressionException {
        if (++depth > MAX_DEPTH) {
            throw new ExpressionException(at.position(), "expression nested more than " + MAX_DEPTH + " deep");
        }
    }

    private Token peek() {
        return tokens.get(next);
    }

    private Token advance() {
        Token token = tokens.get(next);
        if (token.kind() != Kind.END) {
            next++;
        }
        return token;
    }

    private Token expect(Kind kind, String what) throws ExpressionException {
        Token token = advance();
        if (token.kind() != kind) {
            throw new ExpressionException(token.position(), "expected " + what + " but found " + token.describe());
        }
        return token;
    }

    private static Octets hex(String digits) {
        return Octets.of(HexFormat.of().parseHex(digits.length() % 2 == 0 ? digits : "0" + digits));
    }

    private static long unsigned32(Token number) throws ExpressionException {
        long value = parseLong(number);
        if (value < 0 || value > 0xFFFF_FFFFL) {
            throw new ExpressionException(number.position(), "integer " + number.text()
                + " is not in 0..4294967295 (numbers are 32-bit unsigned)");
        }
        return value;
    }

    private static int signed32(Token number) throws ExpressionException {
        long value = parseLong(number);
        if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
            throw new ExpressionException(number.position(), "integer " + number.text() + " is out of range");
        }
        return (int) value;
    }

    private static int code(Token number, int min, int max, String what) throws ExpressionException {
        long value = parseLong(number);
        if (value < min || value > max) {
            throw new ExpressionException(number.position(), what + " " + number.text() + " is not in " + min + ".."
                + max);
        }
        return (int) value;
    }

    private static long parseLong(Token number) throws ExpressionException {
        try {
            return Long.parseLong(number.text());
        } catch (NumberFormatException e) {
            throw new ExpressionException(number.position(), "integer " + number.text() + " is out of range");
        }
    }

    /** A dotted quad as its four bytes. */
    private static Octets address(Token token) throws ExpressionException {
        String[] parts = token.text().split("\\.", -1);
        byte[] bytes = new byte[4];
        boolean valid = parts.length == 4;
        for (int i = 0; valid && i < 4; i++) {
            valid = !parts[i].isEmpty() && parts[i].length() <= 3 && parts[i].chars().allMatch(Character::isDigit)
                && Integer.parseInt(parts[i]) <= 255;
            bytes[i] = valid ? (byte) Integer.parseInt(parts[i]) : 0;
        }
        if (!valid) {
            throw new ExpressionException(token.position(), "'" + token.text() + "' is not an IPv4 address");
        }
        return Octets.of(bytes);
    }
}
