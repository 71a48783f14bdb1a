package org.takahe.dhcp.classify;

import java.util.LinkedHashSet;
import java.util.Set;
import org.takahe.dhcp.wire.Octets;

/**
 * A compiled expression: an immutable tree, parsed once (at commit) and evaluated for each packet. Every value is a
 * byte string, as in Kea; a {@link Condition} is true or false, a {@link Value} yields bytes. A missing option or
 * field reads as the empty string, never as an error.
 *
 * <p>Class tests use {@link #compileCondition}; a flexible host identifier uses {@link #compileValue}.
 */
public sealed interface Expression permits Condition, Value {

    /** The expression's bytes for this packet; a condition gives "true" or "false" as Kea does. */
    Octets evaluate(PacketView packet);

    /** Parses either kind of expression. */
    static Expression compile(String source) throws ExpressionException {
        return new Parser(source).parse();
    }

    /** Parses a test that decides class membership; a string expression is refused (it needs an '=='). */
    static Condition compileCondition(String source) throws ExpressionException {
        return new Parser(source).parseCondition();
    }

    /** Parses an expression that yields bytes (e.g. a host identifier); a bare condition is refused. */
    static Value compileValue(String source) throws ExpressionException {
        return new Parser(source).parseValue();
    }

    /**
     * The class names this expression asks about with {@code member()}, {@code known} or {@code unknown} (the last
     * two as KNOWN), in the order written. Classes may only refer to classes defined before them.
     */
    default Set<String> memberReferences() {
        Set<String> names = new LinkedHashSet<>();
        MemberReferences.collect(this, names);
        return names;
    }
}
