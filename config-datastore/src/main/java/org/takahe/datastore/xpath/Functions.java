package org.takahe.datastore.xpath;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import java.util.stream.Collectors;
import javax.xml.xpath.XPathExpressionException;
import org.opendaylight.yangtools.yang.common.QName;
import org.opendaylight.yangtools.yang.xpath.api.YangExpr;
import org.opendaylight.yangtools.yang.xpath.api.YangFunction;
import org.opendaylight.yangtools.yang.xpath.api.YangFunctionCallExpr;
import org.opendaylight.yangtools.yang.xpath.api.YangLiteralExpr;
import org.opendaylight.yangtools.yang.xpath.api.YangQNameExpr;
import org.takahe.datastore.xpath.XValue.Bool;
import org.takahe.datastore.xpath.XValue.Nodes;
import org.takahe.datastore.xpath.XValue.Num;
import org.takahe.datastore.xpath.XValue.Text;

/** The XPath 1.0 core function library (§4) and the YANG 1.1 functions (RFC 7950 §10). */
final class Functions {

    private static final Map<QName, YangFunction> BY_NAME = Arrays.stream(YangFunction.values())
        .collect(Collectors.toUnmodifiableMap(YangFunction::getIdentifier, Function.identity()));
    private static final int PATTERN_CACHE_LIMIT = 256;

    private final Map<String, Pattern> patterns = new ConcurrentHashMap<>();

    XValue call(Evaluator ev, YangFunctionCallExpr call, XNode node, int position, int size) {
        YangFunction function = BY_NAME.get(call.getName());
        if (function == null) {
            throw new XPathEvaluationException("unknown function " + call.getName().getLocalName() + "()");
        }
        List<YangExpr> args = call.getArguments();
        Args a = new Args(ev, args, node, position, size);
        return switch (function) {
            case LAST -> new Num(size);
            case POSITION -> new Num(position);
            case COUNT -> new Num(a.nodes(0).size());
            case ID, LANG -> new Bool(false);
            case LOCAL_NAME -> new Text(a.contextOr(0).map(XNode::localName).orElse(""));
            case NAMESPACE_URI -> new Text(a.contextOr(0).map(XNode::namespace).orElse(""));
            case NAME -> new Text(a.contextOr(0).map(XNode::localName).orElse(""));
            case STRING -> new Text(a.stringOrContext(0));
            case CONCAT -> new Text(java.util.stream.IntStream.range(0, args.size()).mapToObj(a::string).collect(Collectors.joining()));
            case STARTS_WITH -> new Bool(a.string(0).startsWith(a.string(1)));
            case CONTAINS -> new Bool(a.string(0).contains(a.string(1)));
            case SUBSTRING_BEFORE -> {
                String s = a.string(0);
                int at = s.indexOf(a.string(1));
                yield new Text(at < 0 ? "" : s.substring(0, at));
            }
            case SUBSTRING_AFTER -> {
                String s = a.string(0);
                String sep = a.string(1);
                int at = s.indexOf(sep);
                yield new Text(at < 0 ? "" : s.substring(at + sep.length()));
            }
            case SUBSTRING -> new Text(substring(a.string(0), a.number(1),
                args.size() > 2 ? a.number(2) : Double.POSITIVE_INFINITY));
            case STRING_LENGTH -> {
                String s = a.stringOrContext(0);
                yield new Num(s.codePointCount(0, s.length()));
            }
            case NORMALIZE_SPACE -> new Text(a.stringOrContext(0).strip().replaceAll("[ \t\r\n]+", " "));
            case TRANSLATE -> new Text(translate(a.string(0), a.string(1), a.string(2)));
            case BOOLEAN -> new Bool(XValue.bool(a.value(0)));
            case NOT -> new Bool(!XValue.bool(a.value(0)));
            case TRUE -> new Bool(true);
            case FALSE -> new Bool(false);
            case NUMBER -> new Num(args.isEmpty() ? XValue.number(node.stringValue()) : a.number(0));
            case SUM -> new Num(a.nodes(0).stream().mapToDouble(n -> XValue.number(n.stringValue())).sum());
            case FLOOR -> new Num(Math.floor(a.number(0)));
            case CEILING -> new Num(Math.ceil(a.number(0)));
            case ROUND -> new Num(round(a.number(0)));
            case CURRENT -> new Nodes(List.of(ev.current()));
            case DEREF -> new Nodes(a.nodes(0).isEmpty() ? List.of()
                : ev.facts().deref(a.nodes(0).getFirst(), ev));
            case DERIVED_FROM, DERIVED_FROM_OR_SELF -> {
                QName identity = identity(ev, args.get(1), a.string(1));
                boolean orSelf = function == YangFunction.DERIVED_FROM_OR_SELF;
                yield new Bool(a.nodes(0).stream().anyMatch(n -> ev.facts().derivedFrom(n, identity, orSelf)));
            }
            case ENUM_VALUE -> {
                List<XNode> nodes = a.nodes(0);
                OptionalInt value = nodes.isEmpty() ? OptionalInt.empty() : ev.facts().enumValue(nodes.getFirst());
                yield new Num(value.isPresent() ? value.getAsInt() : Double.NaN);
            }
            case BIT_IS_SET -> {
                List<XNode> nodes = a.nodes(0);
                String bit = a.string(1);
                yield new Bool(!nodes.isEmpty()
                    && Arrays.asList(nodes.getFirst().stringValue().strip().split("\\s+")).contains(bit));
            }
            case RE_MATCH -> new Bool(pattern(a.string(1)).matcher(a.string(0)).matches());
        };
    }

    /** The identity a derived-from argument names, its prefix read as the expression's module reads it. */
    private static QName identity(Evaluator ev, YangExpr arg, String text) {
        try {
            YangLiteralExpr literal = arg instanceof YangLiteralExpr given ? given : YangLiteralExpr.of(text);
            if (ev.expression().interpretAsQName(literal) instanceof YangQNameExpr.Resolved resolved) {
                return resolved.getQName();
            }
        } catch (XPathExpressionException | RuntimeException e) {
            throw new XPathEvaluationException("'" + text + "' does not name an identity: " + e.getMessage());
        }
        throw new XPathEvaluationException("'" + text + "' does not name an identity");
    }

    /** An XSD regular expression (implicitly anchored) as a Java pattern. */
    private Pattern pattern(String xsd) {
        Pattern cached = patterns.get(xsd);
        if (cached != null) {
            return cached;
        }
        Pattern compiled;
        try {
            compiled = Pattern.compile(xsd);
        } catch (PatternSyntaxException e) {
            throw new XPathEvaluationException("re-match: bad pattern " + xsd + ": " + e.getDescription());
        }
        if (patterns.size() >= PATTERN_CACHE_LIMIT) {
            patterns.clear();
        }
        patterns.put(xsd, compiled);
        return compiled;
    }

    private static String substring(String s, double start, double length) {
        double first = Math.round(start);
        double last = first + Math.round(length);
        StringBuilder out = new StringBuilder();
        int[] codePoints = s.codePoints().toArray();
        for (int i = 0; i < codePoints.length; i++) {
            int pos = i + 1;
            if (pos >= first && pos < last) {
                out.appendCodePoint(codePoints[i]);
            }
        }
        return out.toString();
    }

    private static String translate(String s, String from, String to) {
        StringBuilder out = new StringBuilder();
        s.codePoints().forEach(c -> {
            int at = from.indexOf(c);
            if (at < 0) {
                out.appendCodePoint(c);
            } else if (at < to.length()) {
                out.append(to.charAt(at));
            }
        });
        return out.toString();
    }

    private static double round(double d) {
        return Double.isNaN(d) || Double.isInfinite(d) ? d : Math.floor(d + 0.5);
    }

    /** A call's arguments, evaluated on demand in the caller's context. */
    private record Args(Evaluator ev, List<YangExpr> args, XNode node, int position, int size) {

        XValue value(int i) {
            if (i >= args.size()) {
                throw new XPathEvaluationException("function needs at least " + (i + 1) + " arguments");
            }
            return ev.eval(args.get(i), node, position, size);
        }

        String string(int i) {
            return XValue.string(value(i));
        }

        /** The argument as a string, or the context node's string-value when there is no argument. */
        String stringOrContext(int i) {
            return args.size() <= i ? node.stringValue() : string(i);
        }

        double number(int i) {
            return XValue.number(value(i));
        }

        List<XNode> nodes(int i) {
            return Evaluator.nodes(value(i), "this function");
        }

        /** The first node of the argument, or the context node when there is no argument. */
        java.util.Optional<XNode> contextOr(int i) {
            if (args.size() <= i) {
                return java.util.Optional.of(node);
            }
            List<XNode> nodes = nodes(i);
            return nodes.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(nodes.getFirst());
        }
    }
}
