package org.takahe.datastore.xpath;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.opendaylight.yangtools.yang.common.UnresolvedQName;
import org.opendaylight.yangtools.yang.xpath.api.YangBinaryExpr;
import org.opendaylight.yangtools.yang.xpath.api.YangBinaryOperator;
import org.opendaylight.yangtools.yang.xpath.api.YangBooleanConstantExpr;
import org.opendaylight.yangtools.yang.xpath.api.YangExpr;
import org.opendaylight.yangtools.yang.xpath.api.YangFilterExpr;
import org.opendaylight.yangtools.yang.xpath.api.YangFunctionCallExpr;
import org.opendaylight.yangtools.yang.xpath.api.YangLiteralExpr;
import org.opendaylight.yangtools.yang.xpath.api.YangLocationPath;
import org.opendaylight.yangtools.yang.xpath.api.YangLocationPath.NamespaceStep;
import org.opendaylight.yangtools.yang.xpath.api.YangLocationPath.NodeTypeStep;
import org.opendaylight.yangtools.yang.xpath.api.YangLocationPath.ResolvedQNameStep;
import org.opendaylight.yangtools.yang.xpath.api.YangLocationPath.Step;
import org.opendaylight.yangtools.yang.xpath.api.YangLocationPath.UnresolvedQNameStep;
import org.opendaylight.yangtools.yang.xpath.api.YangNaryExpr;
import org.opendaylight.yangtools.yang.xpath.api.YangNegateExpr;
import org.opendaylight.yangtools.yang.xpath.api.YangNumberExpr;
import org.opendaylight.yangtools.yang.xpath.api.YangPathExpr;
import org.opendaylight.yangtools.yang.xpath.api.YangXPathAxis;
import org.opendaylight.yangtools.yang.xpath.api.YangXPathExpression;
import org.opendaylight.yangtools.yang.xpath.api.YangXPathNodeType;
import org.takahe.datastore.xpath.XValue.Bool;
import org.takahe.datastore.xpath.XValue.Nodes;
import org.takahe.datastore.xpath.XValue.Num;
import org.takahe.datastore.xpath.XValue.Text;

/**
 * Evaluates one parsed expression (XPath 1.0 with the YANG functions) for one context node. A new
 * evaluator per evaluation: it holds that evaluation's current() node.
 *
 * @param defaultNamespace the namespace of unprefixed names (RFC 7950 §6.4.1: the current node's);
 *     empty to let an unprefixed name match in any namespace, as subtree filters do
 */
record Evaluator(YangXPathExpression expression, XNode current, Optional<String> defaultNamespace,
        SchemaFacts facts, Functions functions) {

    private static final Comparator<XNode> DOCUMENT_ORDER = Comparator.comparingInt(XNode::order);

    XValue evaluate() {
        return eval(expression.getRootExpr(), current, 1, 1);
    }

    /** Evaluates a location path from a context node, e.g. a leafref's path for deref(). */
    List<XNode> select(YangLocationPath path, XNode context) {
        return path(path, context);
    }

    XValue eval(YangExpr expr, XNode node, int position, int size) {
        return switch (expr) {
            case YangBooleanConstantExpr constant -> new Bool(constant.getValue());
            case YangLiteralExpr literal -> new Text(literal.getLiteral());
            case YangNumberExpr number -> new Num(number.getNumber().doubleValue());
            case YangNegateExpr negate -> new Num(-XValue.number(eval(negate.getSubExpr(), node, position, size)));
            case YangBinaryExpr binary -> binary(binary, node, position, size);
            case YangNaryExpr nary -> nary(nary, node, position, size);
            case YangFunctionCallExpr call -> functions.call(this, call, node, position, size);
            case YangLocationPath path -> new Nodes(path(path, node));
            case YangPathExpr pathExpr -> {
                List<XNode> start = nodes(eval(pathExpr.getFilterExpr(), node, position, size), "a path");
                yield new Nodes(pathExpr.getLocationPath().map(rest -> steps(start, rest.getSteps()))
                    .orElse(start));
            }
            case YangFilterExpr filter -> new Nodes(predicates(
                nodes(eval(filter.getExpr(), node, position, size), "a filter"), filter.getPredicates()));
            default -> throw new XPathEvaluationException("unsupported XPath construct: " + expr);
        };
    }

    static List<XNode> nodes(XValue value, String where) {
        if (value instanceof Nodes nodes) {
            return nodes.nodes();
        }
        throw new XPathEvaluationException(where + " needs a node-set, not " + value);
    }

    private XValue nary(YangNaryExpr nary, XNode node, int position, int size) {
        return switch (nary.getOperator()) {
            case AND -> new Bool(nary.getExpressions().stream()
                .allMatch(e -> XValue.bool(eval(e, node, position, size))));
            case OR -> new Bool(nary.getExpressions().stream()
                .anyMatch(e -> XValue.bool(eval(e, node, position, size))));
            case UNION -> {
                List<XNode> all = new ArrayList<>();
                for (YangExpr e : nary.getExpressions()) {
                    all.addAll(nodes(eval(e, node, position, size), "a union"));
                }
                yield new Nodes(inDocumentOrder(all));
            }
        };
    }

    private XValue binary(YangBinaryExpr binary, XNode node, int position, int size) {
        XValue left = eval(binary.getLeftExpr(), node, position, size);
        XValue right = eval(binary.getRightExpr(), node, position, size);
        YangBinaryOperator op = binary.getOperator();
        return switch (op) {
            case PLUS -> new Num(XValue.number(left) + XValue.number(right));
            case MINUS -> new Num(XValue.number(left) - XValue.number(right));
            case MUL -> new Num(XValue.number(left) * XValue.number(right));
            case DIV -> new Num(XValue.number(left) / XValue.number(right));
            case MOD -> new Num(XValue.number(left) % XValue.number(right));
            default -> new Bool(Comparisons.compare(op, left, right));
        };
    }

    private List<XNode> path(YangLocationPath path, XNode node) {
        XNode start = node;
        if (path.isAbsolute()) {
            while (start.parent() != null) {
                start = start.parent();
            }
        }
        return steps(List.of(start), path.getSteps());
    }

    private List<XNode> steps(List<XNode> start, List<Step> steps) {
        List<XNode> current = start;
        for (Step step : steps) {
            if (current.size() == 1) {
                // the common case, e.g. "../pool": no copy of a possibly long list
                List<XNode> next = predicates(axis(step, current.getFirst()), step.getPredicates());
                current = isReverse(step.getAxis()) ? inDocumentOrder(next) : next;
                continue;
            }
            List<XNode> next = new ArrayList<>();
            for (XNode context : current) {
                next.addAll(predicates(axis(step, context), step.getPredicates()));
            }
            current = inDocumentOrder(next);
        }
        return current;
    }

    /** Applies predicates in turn; positions count along the list as given (axis order). */
    private List<XNode> predicates(List<XNode> nodes, Set<YangExpr> predicates) {
        List<XNode> kept = nodes;
        for (YangExpr predicate : predicates) {
            List<XNode> passed = new ArrayList<>();
            int size = kept.size();
            for (int i = 0; i < size; i++) {
                XValue value = eval(predicate, kept.get(i), i + 1, size);
                boolean keep = value instanceof Num num ? num.value() == i + 1 : XValue.bool(value);
                if (keep) {
                    passed.add(kept.get(i));
                }
            }
            kept = passed;
        }
        return kept;
    }

    /** The nodes on the step's axis that pass its node test, in axis order. */
    private List<XNode> axis(Step step, XNode node) {
        if (step.getAxis() == YangXPathAxis.CHILD) {
            if (step instanceof ResolvedQNameStep named) {
                return node.children(named.getQName().getNamespace().toString(), named.getQName().getLocalName());
            }
            if (step instanceof UnresolvedQNameStep unresolved
                    && unresolved.getQName() instanceof UnresolvedQName.Unqualified name
                    && defaultNamespace.isPresent()) {
                return node.children(defaultNamespace.orElseThrow(), name.getLocalName());
            }
        }
        List<XNode> out = new ArrayList<>();
        switch (step.getAxis()) {
            case CHILD -> out.addAll(node.children());
            case DESCENDANT -> descendants(node, out);
            case DESCENDANT_OR_SELF -> {
                out.add(node);
                descendants(node, out);
            }
            case SELF -> out.add(node);
            case PARENT -> {
                if (node.parent() != null) {
                    out.add(node.parent());
                }
            }
            case ANCESTOR, ANCESTOR_OR_SELF -> {
                for (XNode n = step.getAxis() == YangXPathAxis.ANCESTOR ? node.parent() : node; n != null;
                        n = n.parent()) {
                    out.add(n);
                }
            }
            case FOLLOWING_SIBLING, PRECEDING_SIBLING -> {
                XNode parent = node.parent();
                if (parent != null) {
                    List<XNode> siblings = parent.children();
                    int at = siblings.indexOf(node);
                    if (step.getAxis() == YangXPathAxis.FOLLOWING_SIBLING) {
                        out.addAll(siblings.subList(at + 1, siblings.size()));
                    } else {
                        out.addAll(siblings.subList(0, at).reversed());
                    }
                }
            }
            case FOLLOWING, PRECEDING -> {
                XNode root = node;
                while (root.parent() != null) {
                    root = root.parent();
                }
                List<XNode> all = new ArrayList<>();
                descendants(root, all);
                for (XNode candidate : all) {
                    boolean after = candidate.order() > node.order() && !isAncestor(node, candidate);
                    boolean before = candidate.order() < node.order() && !isAncestor(candidate, node);
                    if (step.getAxis() == YangXPathAxis.FOLLOWING ? after : before) {
                        out.add(candidate);
                    }
                }
                if (step.getAxis() == YangXPathAxis.PRECEDING) {
                    return out.reversed().stream().filter(n -> test(step, n)).toList();
                }
            }
            case ATTRIBUTE, NAMESPACE -> {
                // YANG data has neither attributes nor namespace nodes worth selecting
            }
        }
        out.removeIf(n -> !test(step, n));
        return out;
    }

    private boolean test(Step step, XNode node) {
        return switch (step) {
            case ResolvedQNameStep named -> node.localName().equals(named.getQName().getLocalName())
                && node.namespace().equals(named.getQName().getNamespace().toString());
            case UnresolvedQNameStep unresolved -> matchesUnresolved(unresolved.getQName(), node);
            case NamespaceStep namespace -> node.namespace().equals(namespace.getNamespace().namespace().toString());
            case NodeTypeStep typed -> typed.getNodeType() == YangXPathNodeType.NODE
                // text() stands for the leaf holding it: leaves carry their text themselves
                || typed.getNodeType() == YangXPathNodeType.TEXT && node.isLeaf();
            // a bare axis step is "*" or "..": any node
            default -> true;
        };
    }

    private boolean matchesUnresolved(UnresolvedQName name, XNode node) {
        if (!(name instanceof UnresolvedQName.Unqualified)) {
            throw new XPathEvaluationException("prefix " + name.getPrefix() + " is not declared");
        }
        return node.localName().equals(name.getLocalName())
            && defaultNamespace.map(node.namespace()::equals).orElse(Boolean.TRUE);
    }

    private static boolean isReverse(YangXPathAxis axis) {
        return axis == YangXPathAxis.ANCESTOR || axis == YangXPathAxis.ANCESTOR_OR_SELF
            || axis == YangXPathAxis.PRECEDING || axis == YangXPathAxis.PRECEDING_SIBLING;
    }

    private static boolean isAncestor(XNode ancestor, XNode node) {
        for (@Nullable XNode n = node.parent(); n != null; n = n.parent()) {
            if (n == ancestor) {
                return true;
            }
        }
        return false;
    }

    private static void descendants(XNode node, List<XNode> out) {
        for (XNode child : node.children()) {
            out.add(child);
            descendants(child, out);
        }
    }

    static List<XNode> inDocumentOrder(List<XNode> nodes) {
        List<XNode> sorted = new ArrayList<>(nodes);
        sorted.sort(DOCUMENT_ORDER);
        List<XNode> unique = new ArrayList<>(sorted.size());
        for (XNode n : sorted) {
            if (unique.isEmpty() || unique.getLast() != n) {
                unique.add(n);
            }
        }
        return unique;
    }
}
