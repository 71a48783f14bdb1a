package org.takahe.datastore.xpath;

import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Pattern;

/** The four XPath 1.0 value types and the conversions between them (XPath 1.0 §4). */
sealed interface XValue {

    /** Nodes in document order, without duplicates. */
    record Nodes(List<XNode> nodes) implements XValue {
    }

    record Text(String value) implements XValue {
    }

    record Num(double value) implements XValue {
    }

    record Bool(boolean value) implements XValue {
    }

    Pattern NUMBER = Pattern.compile("-?(\\d+(\\.\\d*)?|\\.\\d+)");

    static String string(XValue value) {
        return switch (value) {
            case Nodes nodes -> nodes.nodes().isEmpty() ? "" : nodes.nodes().getFirst().stringValue();
            case Text text -> text.value();
            case Num num -> string(num.value());
            case Bool bool -> Boolean.toString(bool.value());
        };
    }

    static double number(XValue value) {
        return switch (value) {
            case Num num -> num.value();
            case Bool bool -> bool.value() ? 1 : 0;
            default -> number(string(value));
        };
    }

    static boolean bool(XValue value) {
        return switch (value) {
            case Nodes nodes -> !nodes.nodes().isEmpty();
            case Text text -> !text.value().isEmpty();
            case Num num -> num.value() != 0 && !Double.isNaN(num.value());
            case Bool bool -> bool.value();
        };
    }

    static double number(String text) {
        String trimmed = text.strip();
        return NUMBER.matcher(trimmed).matches() ? Double.parseDouble(trimmed) : Double.NaN;
    }

    /** XPath's number-to-string: no exponent, no trailing ".0" on integers. */
    static String string(double number) {
        if (Double.isNaN(number)) {
            return "NaN";
        }
        if (Double.isInfinite(number)) {
            return number > 0 ? "Infinity" : "-Infinity";
        }
        if (number == Math.rint(number) && Math.abs(number) < 1e15) {
            return Long.toString((long) number);
        }
        return BigDecimal.valueOf(number).stripTrailingZeros().toPlainString();
    }
}
