package org.takahe.datastore.xpath;

import java.util.List;
import java.util.OptionalInt;
import org.opendaylight.yangtools.yang.common.QName;

/**
 * What the YANG functions need to know about a node beyond its name and text: where a leafref
 * points, which identity a value names, an enum's number. Trees built from plain XML know none of
 * it ({@link #NONE}).
 */
interface SchemaFacts {

    SchemaFacts NONE = new SchemaFacts() {
        @Override
        public List<XNode> deref(XNode node, Evaluator evaluator) {
            return List.of();
        }

        @Override
        public boolean derivedFrom(XNode node, QName identity, boolean orSelf) {
            return false;
        }

        @Override
        public OptionalInt enumValue(XNode node) {
            return OptionalInt.empty();
        }
    };

    /** The nodes a leafref node refers to (RFC 7950 §10.3.1), in document order. */
    List<XNode> deref(XNode node, Evaluator evaluator);

    /** Whether the node's identityref value is derived from (or, with orSelf, is) the identity. */
    boolean derivedFrom(XNode node, QName identity, boolean orSelf);

    /** The number of the enum the node's value names. */
    OptionalInt enumValue(XNode node);
}
