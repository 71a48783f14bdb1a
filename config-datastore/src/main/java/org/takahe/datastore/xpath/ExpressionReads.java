package org.takahe.datastore.xpath;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.opendaylight.yangtools.yang.xpath.api.YangBinaryExpr;
import org.opendaylight.yangtools.yang.xpath.api.YangConstantExpr;
import org.opendaylight.yangtools.yang.xpath.api.YangExpr;
import org.opendaylight.yangtools.yang.xpath.api.YangFilterExpr;
import org.opendaylight.yangtools.yang.xpath.api.YangFunctionCallExpr;
import org.opendaylight.yangtools.yang.xpath.api.YangLiteralExpr;
import org.opendaylight.yangtools.yang.xpath.api.YangLocationPath;
import org.opendaylight.yangtools.yang.xpath.api.YangNaryExpr;
import org.opendaylight.yangtools.yang.xpath.api.YangNegateExpr;
import org.opendaylight.yangtools.yang.xpath.api.YangNumberExpr;
import org.opendaylight.yangtools.yang.xpath.api.YangPathExpr;
import org.opendaylight.yangtools.yang.xpath.api.YangXPathAxis;

/**
 * The local names of the data nodes an expression can read, found from its syntax alone: every
 * name a location step selects. Empty when the expression may read nodes it does not name — a
 * wildcard or node-type step, a path ending on an element whose string value is all its
 * descendants' text, deref(), a variable, a context-reading function without arguments — so that
 * the caller knows it cannot tell. Local names only: a name in two modules counts for both, which
 * errs on the side of reading more.
 */
final class ExpressionReads {

    /** Functions that read the context node when called without arguments (XPath 1.0 §4). */
    private static final Set<String> CONTEXT_READERS = Set.of("string", "number", "string-length",
        "normalize-space", "name", "local-name", "namespace-uri");

    private final Set<String> names = new HashSet<>();
    private boolean opaque;

    private ExpressionReads() {
    }

    /** @param contextIsValue whether the context node is a leaf or leaf-list, so "." reads just its value */
    static Optional<Set<String>> of(YangExpr expression, boolean contextIsValue) {
        ExpressionReads reads = new ExpressionReads();
        reads.walk(expression, contextIsValue);
        return reads.opaque ? Optional.empty() : Optional.of(Set.copyOf(reads.names));
    }

    private void walk(YangExpr expression, boolean contextIsValue) {
        switch (expression) {
            case YangLocationPath path -> path(path, contextIsValue);
            case YangPathExpr filtered -> {
                walk(filtered.getFilterExpr(), contextIsValue);
                filtered.getLocationPath().ifPresent(rest -> path(rest, false));
            }
            case YangFilterExpr filter -> {
                walk(filter.getExpr(), contextIsValue);
                filter.getPredicates().forEach(predicate -> walk(predicate, false));
            }
            case YangFunctionCallExpr call -> {
                String function = call.getName().getLocalName();
                List<YangExpr> arguments = call.getArguments();
                if ("deref".equals(function) || arguments.isEmpty() && CONTEXT_READERS.contains(function)
                        && !contextIsValue) {
                    opaque = true;
                }
                arguments.forEach(argument -> walk(argument, contextIsValue));
            }
            case YangBinaryExpr binary -> {
                walk(binary.getLeftExpr(), contextIsValue);
                walk(binary.getRightExpr(), contextIsValue);
            }
            case YangNaryExpr nary -> nary.getExpressions().forEach(part -> walk(part, contextIsValue));
            case YangNegateExpr negate -> walk(negate.getSubExpr(), contextIsValue);
            case YangLiteralExpr literal -> {
                // a constant
            }
            case YangNumberExpr number -> {
                // a constant
            }
            case YangConstantExpr<?> constant -> {
                // true(), false() and the like
            }
            default -> opaque = true;
        }
    }

    private void path(YangLocationPath path, boolean contextIsValue) {
        List<YangLocationPath.Step> steps = path.getSteps();
        for (YangLocationPath.Step step : steps) {
            switch (step) {
                case YangLocationPath.ResolvedQNameStep named -> names.add(named.getQName().getLocalName());
                case YangLocationPath.UnresolvedQNameStep named -> names.add(named.getQName().getLocalName());
                case YangLocationPath.AxisStep axis when axis.getAxis() == YangXPathAxis.SELF
                    || axis.getAxis() == YangXPathAxis.PARENT -> {
                    // moves without selecting by name
                }
                default -> opaque = true;
            }
            step.getPredicates().forEach(predicate -> walk(predicate, false));
        }
        // A path that ends on an element without naming it ("..", or "." of a container) reads the
        // element's string value: the text of everything below it.
        boolean endsUnnamed = steps.isEmpty() ? path.isAbsolute()
            : steps.getLast() instanceof YangLocationPath.AxisStep last
                && (last.getAxis() == YangXPathAxis.PARENT || !contextIsValue || steps.size() > 1);
        if (endsUnnamed) {
            opaque = true;
        }
    }
}
