package org.takahe.datastore.xpath;

import org.opendaylight.yangtools.yang.xpath.api.YangBinaryOperator;
import org.takahe.datastore.xpath.XValue.Bool;
import org.takahe.datastore.xpath.XValue.Nodes;
import org.takahe.datastore.xpath.XValue.Num;

/** XPath 1.0 §3.4: =, !=, <, <=, >, >= between any two values, node-sets compared member by member. */
final class Comparisons {

    private Comparisons() {
    }

    static boolean compare(YangBinaryOperator op, XValue left, XValue right) {
        if (left instanceof Nodes nodes && right instanceof Nodes others) {
            for (XNode a : nodes.nodes()) {
                String value = a.stringValue();
                for (XNode b : others.nodes()) {
                    if (atomic(op, new XValue.Text(value), new XValue.Text(b.stringValue()))) {
                        return true;
                    }
                }
            }
            return false;
        }
        if (left instanceof Nodes nodes) {
            return anyMember(op, nodes, right, false);
        }
        if (right instanceof Nodes nodes) {
            return anyMember(op, nodes, left, true);
        }
        return atomic(op, left, right);
    }

    private static boolean anyMember(YangBinaryOperator op, Nodes nodes, XValue other, boolean nodesOnRight) {
        if (other instanceof Bool) {
            XValue asBool = new Bool(XValue.bool(nodes));
            return nodesOnRight ? atomic(op, other, asBool) : atomic(op, asBool, other);
        }
        for (XNode node : nodes.nodes()) {
            XValue member = other instanceof Num ? new Num(XValue.number(node.stringValue()))
                : new XValue.Text(node.stringValue());
            if (nodesOnRight ? atomic(op, other, member) : atomic(op, member, other)) {
                return true;
            }
        }
        return false;
    }

    /** Two values that are not node-sets. */
    private static boolean atomic(YangBinaryOperator op, XValue left, XValue right) {
        return switch (op) {
            case EQUALS -> equal(left, right);
            case NOT_EQUALS -> !equal(left, right);
            case LT -> XValue.number(left) < XValue.number(right);
            case LTE -> XValue.number(left) <= XValue.number(right);
            case GT -> XValue.number(left) > XValue.number(right);
            case GTE -> XValue.number(left) >= XValue.number(right);
            default -> throw new IllegalArgumentException(op + " is not a comparison");
        };
    }

    private static boolean equal(XValue left, XValue right) {
        if (left instanceof Bool || right instanceof Bool) {
            return XValue.bool(left) == XValue.bool(right);
        }
        if (left instanceof Num || right instanceof Num) {
            return XValue.number(left) == XValue.number(right);
        }
        return XValue.string(left).equals(XValue.string(right));
    }
}
