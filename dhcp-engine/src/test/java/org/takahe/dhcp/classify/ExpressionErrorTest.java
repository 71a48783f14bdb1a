package org.takahe.dhcp.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Each way an expression can be wrong gives the position of the offending token and says what is wrong. */
class ExpressionErrorTest {

    private static ExpressionException condition(String source) {
        return assertThrows(ExpressionException.class, () -> Expression.compileCondition(source));
    }

    private static void assertError(ExpressionException error, int position, String problemPart) {
        assertEquals(position, error.position(), error.getMessage());
        assertTrue(error.problem().contains(problemPart), error.problem());
        assertTrue(error.getMessage().startsWith("at character " + position + ": "), error.getMessage());
    }

    @Test
    void unexpectedCharacterIsNamedWithAHintForKeaHabits() {
        assertError(condition("option[60].text = 'PXEClient'"), 17, "unexpected character '=' (equality is written '==')");
        assertError(condition("option[60].text == \"PXEClient\""), 20, "strings are quoted with '");
        assertError(condition("pkt4.mac == 0x01 & known"), 18, "unexpected character '&'");
    }

    @Test
    void unterminatedStringPointsAtItsOpeningQuote() {
        assertError(condition("option[60].text == 'PXEClient"), 20, "no closing quote");
    }

    @Test
    void malformedLiteralsAreRefused() {
        assertError(condition("option[61].hex == 0x"), 19, "hex string '0x' has no digits");
        assertError(condition("pkt4.giaddr == 198.18.0.256"), 16, "'198.18.0.256' is not an IPv4 address");
        assertError(condition("pkt4.giaddr == 198.18.0"), 16, "is not an IPv4 address");
        assertError(condition("pkt4.hlen == 6a"), 14, "'6a' is not a number");
    }

    @Test
    void integersOutOfRangeAreRefused() {
        assertError(condition("pkt4.transid == 4294967296"), 17, "not in 0..4294967295");
        assertError(condition("pkt4.transid == -1"), 17, "not in 0..4294967295");
        assertError(condition("substring('x', 99999999999, 1) == 'x'"), 16, "out of range");
        assertError(condition("pkt4.transid == 99999999999999999999"), 17, "out of range");
    }

    @Test
    void optionAndSubOptionCodesMustBeValid() {
        assertError(condition("option[0].exists"), 8, "option code 0 is not in 1..254");
        assertError(condition("option[255].exists"), 8, "option code 255 is not in 1..254");
        assertError(condition("relay4[300].exists"), 8, "relay agent sub-option code 300 is not in 1..254");
        assertError(condition("option[no-such-option].exists"), 8, "unknown option name 'no-such-option'");
        assertError(condition("option['60'].exists"), 8, "expected an option code or name but found '60'");
    }

    @Test
    void unknownNamesListWhatExists() {
        assertError(condition("opton[60].exists"), 1, "unknown name 'opton'; expected option, relay4");
        assertError(condition("pkt4.chaddr == 0x00"), 6, "unknown field pkt4.chaddr; pkt4 has mac, hlen, htype");
        assertError(condition("pkt.mac == 0x00"), 5, "unknown field pkt.mac; pkt has iface, src, dst, len");
        assertError(condition("option[60].value == 'x'"), 12, "expected hex, text or exists but found 'value'");
    }

    @Test
    void stringsAndConditionsCannotStandInForEachOther() {
        assertError(condition("option[60].text"), 1, "expected a condition (true or false) but this is a string");
        assertError(condition("option[60].exists == 'true'"), 1, "expected a string but this is a condition");
        assertError(condition("'a' == 'a' and pkt4.mac"), 16, "expected a condition");
        assertError(condition("not option[12].hex"), 5, "expected a condition");
        assertError(condition("substring(member('x'), 0, 1) == 'x'"), 11, "expected a string");
        assertError(condition("ifelse('x', 'a', 'b') == 'a'"), 8, "expected a condition");
        assertError(condition("'a' + known == 'a'"), 7, "expected a string");
        ExpressionException value = assertThrows(ExpressionException.class,
            () -> Expression.compileValue("option[60].exists"));
        assertError(value, 1, "expected a string but this is a condition");
    }

    @Test
    void missingOrMisplacedTokensSayWhatWasExpected() {
        assertError(condition("option[60.exists"), 10, "expected ']' after the option code but found '.'");
        assertError(condition("option[60]exists"), 11, "expected '.' and then hex, text or exists but found 'exists'");
        assertError(condition("substring('abc', 0) == 'a'"), 19, "expected ',' between the arguments of substring");
        assertError(condition("substring('abc', 0, 'x') == 'a'"), 21, "expected the length (an integer or all)");
        assertError(condition("substring('abc', x, 1) == 'a'"), 18, "expected the start position");
        assertError(condition("member(pxe)"), 8, "expected a class name in quotes");
        assertError(condition("member('')"), 8, "the class name is empty");
        assertError(condition("('a' == 'a'"), 12, "expected ')' to close the '(' at character 1 but found the end");
        assertError(condition("'a' =="), 7, "expected a value or a condition but found the end of the expression");
        assertError(condition(""), 1, "expected a value or a condition but found the end");
        assertError(condition("concat('a' 'b') == 'ab'"), 12, "expected ',' between the arguments of concat");
    }

    @Test
    void trailingInputAfterACompleteExpressionIsRefused() {
        assertError(condition("option[60].exists relay4[1].exists"), 19, "unexpected 'relay4' after a complete");
        assertError(condition("'a' == 'a')"), 11, "unexpected ')'");
    }

    @Test
    void nestingIsBoundedSoNoInputCanOverflowTheStack() {
        String deep = "(".repeat(Parser.MAX_DEPTH + 1) + "'a' == 'a'" + ")".repeat(Parser.MAX_DEPTH + 1);
        assertError(condition(deep), Parser.MAX_DEPTH + 1, "nested more than " + Parser.MAX_DEPTH + " deep");
        String notNot = "not ".repeat(10_000) + "'a' == 'a'";
        assertTrue(condition(notNot).problem().contains("nested more than"));
        String shallowEnough = "(".repeat(Parser.MAX_DEPTH) + "'a' == 'a'" + ")".repeat(Parser.MAX_DEPTH);
        org.junit.jupiter.api.Assertions.assertDoesNotThrow(() -> Expression.compileCondition(shallowEnough));
    }
}
