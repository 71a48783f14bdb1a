package org.takahe.netconf.rpc;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.xpath.XPathExpressionException;
import org.takahe.datastore.ErrorTag;
import org.takahe.datastore.xpath.XPathEvaluationException;
import org.takahe.datastore.xpath.XPathSelection;
import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * {@code <filter type="xpath" select="...">} (RFC 6241 §8.9): the nodes the expression selects are
 * returned whole, with their ancestors and the keys of the list entries among those ancestors.
 * Prefixes in the expression are the ones declared on the filter element or around it.
 */
final class XPathFilter implements DataFilter {

    private final XPathSelection selection;

    private XPathFilter(XPathSelection selection) {
        this.selection = selection;
    }

    static XPathFilter of(Element filter) throws RpcException {
        if (!filter.hasAttribute("select")) {
            throw new RpcException(RpcError.of(ErrorType.PROTOCOL, ErrorTag.MISSING_ATTRIBUTE,
                "an xpath filter needs a select attribute").withInfo("bad-attribute", "select")
                .withInfo("bad-element", "filter"));
        }
        try {
            return new XPathFilter(XPathSelection.parse(filter.getAttribute("select"), prefixesInScope(filter)));
        } catch (XPathExpressionException e) {
            throw new RpcException(RpcError.of(ErrorType.PROTOCOL, ErrorTag.INVALID_VALUE,
                "the select expression is not valid XPath 1.0: " + e.getMessage())
                .withInfo("bad-attribute", "select").withInfo("bad-element", "filter"));
        }
    }

    @Override
    public void apply(Element data, ListKeys keys) throws RpcException {
        Set<Element> selected;
        try {
            selected = selection.select(data);
        } catch (XPathEvaluationException e) {
            throw new RpcException(RpcError.of(ErrorType.PROTOCOL, ErrorTag.INVALID_VALUE,
                "the select expression cannot be used as a filter: " + e.getMessage())
                .withInfo("bad-attribute", "select").withInfo("bad-element", "filter"));
        }
        for (Element child : NetconfXml.childElements(data)) {
            if (!prune(child, selected, keys)) {
                data.removeChild(child);
            }
        }
    }

    /** Keeps in {@code element} what leads to a selected node; whether anything is left. */
    private static boolean prune(Element element, Set<Element> selected, ListKeys keys) {
        if (selected.contains(element)) {
            return true;
        }
        boolean leadsToSelection = false;
        java.util.List<Element> unselected = new java.util.ArrayList<>();
        for (Element child : NetconfXml.childElements(element)) {
            if (prune(child, selected, keys)) {
                leadsToSelection = true;
            } else {
                unselected.add(child);
            }
        }
        if (!leadsToSelection) {
            return false;
        }
        Set<String> keyNames = keys.of(element);
        for (Element child : unselected) {
            boolean isKey = keyNames.contains(child.getLocalName())
                && Objects.equals(child.getNamespaceURI(), element.getNamespaceURI());
            if (!isKey) {
                element.removeChild(child);
            }
        }
        return true;
    }

    /** Every prefix declared on the element or an ancestor, the nearest declaration winning. */
    private static Map<String, String> prefixesInScope(Element element) {
        Map<String, String> prefixes = new HashMap<>();
        for (Node node = element; node instanceof Element scope; node = node.getParentNode()) {
            NamedNodeMap attributes = scope.getAttributes();
            for (int i = 0; i < attributes.getLength(); i++) {
                Attr attribute = (Attr) attributes.item(i);
                if (XMLConstants.XMLNS_ATTRIBUTE_NS_URI.equals(attribute.getNamespaceURI())
                        && XMLConstants.XMLNS_ATTRIBUTE.equals(attribute.getPrefix())) {
                    prefixes.putIfAbsent(attribute.getLocalName(), attribute.getValue());
                }
            }
        }
        return prefixes;
    }
}
