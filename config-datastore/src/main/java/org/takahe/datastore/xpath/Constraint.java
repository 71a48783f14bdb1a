package org.takahe.datastore.xpath;

import java.util.Optional;
import org.opendaylight.yangtools.yang.xpath.api.YangXPathExpression.QualifiedBound;

/**
 * One must or when statement as it applies to the instances of one schema node.
 *
 * @param defaultNamespace the namespace of the expression's unprefixed names: the node's
 * @param onParent whether the context node is the instance's parent rather than the instance: so
 *     for a when inherited from an enclosing choice, case, uses or augment (RFC 7950 §7.21.5)
 * @param text the expression as written, for messages
 */
record Constraint(Kind kind, QualifiedBound expression, String defaultNamespace, boolean onParent,
        Optional<String> errorMessage, Optional<String> errorAppTag, String text) {

    enum Kind { MUST, WHEN }
}
