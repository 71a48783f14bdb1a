package org.takahe.datastore.xpath;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javax.xml.xpath.XPathExpressionException;
import org.jspecify.annotations.Nullable;
import org.opendaylight.yangtools.yang.common.QNameModule;
import org.opendaylight.yangtools.yang.common.XMLNamespace;
import org.opendaylight.yangtools.yang.common.YangNamespaceContext;
import org.opendaylight.yangtools.yang.xpath.api.YangXPathExpression;
import org.opendaylight.yangtools.yang.xpath.api.YangXPathMathMode;
import org.opendaylight.yangtools.yang.xpath.impl.AntlrXPathParserFactory;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * An XPath 1.0 expression that selects data elements, as in a NETCONF {@code <filter type="xpath">}
 * (RFC 6241 §8.9). Prefixes are those the client declared; an unprefixed name matches that name in
 * any namespace, as in subtree filters. Immutable; safe to share.
 */
public final class XPathSelection {

    private final YangXPathExpression expression;
    private final Functions functions = new Functions();

    private XPathSelection(YangXPathExpression expression) {
        this.expression = expression;
    }

    /**
     * @param namespaces the prefixes in scope where the expression was written, with their namespaces
     * @throws XPathExpressionException when the expression is not XPath 1.0 or uses an undeclared prefix
     */
    public static XPathSelection parse(String select, Map<String, String> namespaces)
            throws XPathExpressionException {
        try {
            return new XPathSelection(new AntlrXPathParserFactory()
                .newParser(YangXPathMathMode.IEEE754, new Prefixes(Map.copyOf(namespaces)))
                .parseExpression(select));
        } catch (RuntimeException e) {
            // the parser reports some syntax errors (e.g. "p:*") unchecked
            throw new XPathExpressionException(String.valueOf(e.getMessage()));
        }
    }

    /**
     * The elements below {@code dataRoot} (whose children are the top-level data nodes) that the
     * expression selects, evaluated with the root as the context node.
     *
     * @throws XPathEvaluationException when the expression does not yield a node-set, or uses
     *     something this evaluator lacks (variables)
     */
    public Set<Element> select(Element dataRoot) {
        XNode root = XNode.root(dataRoot);
        addChildren(root, dataRoot);
        XValue result = new Evaluator(expression, root, Optional.empty(), SchemaFacts.NONE, functions).evaluate();
        List<XNode> nodes = Evaluator.nodes(result, "an XPath filter");
        Set<Element> selected = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        nodes.stream().map(XNode::origin).filter(Element.class::isInstance).map(Element.class::cast)
            .filter(element -> element != dataRoot).forEach(selected::add);
        return selected;
    }

    private static void addChildren(XNode into, Element element) {
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element childElement) {
                boolean leaf = !hasElementChildren(childElement);
                @Nullable String namespace = childElement.getNamespaceURI();
                XNode node = into.addChild(namespace == null ? "" : namespace, childElement.getLocalName(),
                    leaf ? childElement.getTextContent() : null, childElement);
                if (!leaf) {
                    addChildren(node, childElement);
                }
            }
        }
    }

    private static boolean hasElementChildren(Element element) {
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element) {
                return true;
            }
        }
        return false;
    }

    /** The client's prefix declarations as yangtools' parser wants them. */
    private record Prefixes(Map<String, String> namespaces) implements YangNamespaceContext {
        private static final long serialVersionUID = 1L;

        @Override
        public @Nullable QNameModule namespaceForPrefix(String prefix) {
            String namespace = namespaces.get(prefix);
            return namespace == null ? null : QNameModule.of(XMLNamespace.of(namespace));
        }

        @Override
        public @Nullable String prefixForNamespace(QNameModule namespace) {
            return namespaces.entrySet().stream()
                .filter(entry -> entry.getValue().equals(namespace.namespace().toString()))
                .map(Map.Entry::getKey).collect(Collectors.minBy(String::compareTo)).orElse(null);
        }
    }
}
