package org.takahe.netconf.rpc;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import javax.xml.XMLConstants;
import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;

/**
 * RFC 6241 §6 subtree filtering, applied to the output DOM: namespace selection, containment,
 * selection and content-match nodes. Attribute-match expressions are refused rather than ignored,
 * so a filter never silently returns the wrong data.
 */
final class SubtreeFilter implements DataFilter {

    private final List<Element> filterRoots;

    private SubtreeFilter(List<Element> filterRoots) {
        this.filterRoots = filterRoots;
    }

    /**
     * Reads the {@code <filter>} parameter of get or get-config.
     *
     * @return empty when the operation has no filter (everything is selected)
     */
    static Optional<SubtreeFilter> of(Element operation) throws RpcException {
        Optional<Element> filter = NetconfXml.baseChild(operation, "filter");
        if (filter.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(ofFilterElement(filter.get()));
    }

    /** Reads a {@code <filter>} element, whatever its namespace (create-subscription has its own). */
    static SubtreeFilter ofFilterElement(Element filter) throws RpcException {
        String type = filter.getAttribute("type");
        if (!type.isEmpty() && !type.equals("subtree")) {
            throw new RpcException(RpcError.notSupported("filter type " + type));
        }
        List<Element> roots = NetconfXml.childElements(filter);
        for (Element root : roots) {
            refuseAttributeMatches(root);
        }
        return new SubtreeFilter(roots);
    }

    /** Removes from {@code data} every child the filter does not select. */
    @Override
    public void apply(Element data, ListKeys keys) {
        for (Element child : NetconfXml.childElements(data)) {
            Optional<Element> kept = select(filterRoots, child, keys);
            if (kept.isEmpty()) {
                data.removeChild(child);
            } else if (kept.get() != child) {
                data.replaceChild(kept.get(), child);
            }
        }
    }

    /** The part of {@code data} the first matching filter node selects, if any. */
    private static Optional<Element> select(List<Element> filterNodes, Element data, ListKeys keys) {
        for (Element filterNode : filterNodes) {
            if (matchesName(filterNode, data)) {
                Optional<Element> selected = selectMatched(filterNode, data, keys);
                if (selected.isPresent()) {
                    return selected;
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<Element> selectMatched(Element filterNode, Element data, ListKeys keys) {
        List<Element> filterChildren = NetconfXml.childElements(filterNode);
        if (filterChildren.isEmpty()) {
            String content = NetconfXml.text(filterNode);
            boolean selection = content.isEmpty();
            return selection || content.equals(NetconfXml.text(data)) ? Optional.of(data) : Optional.empty();
        }
        List<Element> contentMatches = new ArrayList<>();
        List<Element> others = new ArrayList<>();
        for (Element filterChild : filterChildren) {
            boolean isContentMatch = NetconfXml.childElements(filterChild).isEmpty()
                && !NetconfXml.text(filterChild).isEmpty();
            (isContentMatch ? contentMatches : others).add(filterChild);
        }
        List<Element> dataChildren = NetconfXml.childElements(data);
        for (Element contentMatch : contentMatches) {
            boolean found = dataChildren.stream().anyMatch(child -> matchesName(contentMatch, child)
                && NetconfXml.text(contentMatch).equals(NetconfXml.text(child)));
            if (!found) {
                return Optional.empty();
            }
        }
        if (others.isEmpty()) {
            // Only content matches, all true: the whole entry is selected (RFC 6241 §6.2.5).
            return Optional.of(data);
        }
        Element result = (Element) data.cloneNode(false);
        Set<String> keyNames = keys.of(data);
        boolean selectedAny = false;
        for (Element child : dataChildren) {
            boolean isKey = keyNames.contains(child.getLocalName())
                && Objects.equals(child.getNamespaceURI(), data.getNamespaceURI());
            if (isKey || contentMatches.stream().anyMatch(match -> matchesName(match, child))) {
                result.appendChild(child.cloneNode(true));
                continue;
            }
            Optional<Element> selected = select(others, child, keys);
            if (selected.isPresent()) {
                result.appendChild(selected.get() == child ? child.cloneNode(true) : selected.get());
                selectedAny = true;
            }
        }
        return selectedAny || !contentMatches.isEmpty() ? Optional.of(result) : Optional.empty();
    }

    /** A filter node without a namespace matches that name in any namespace. */
    private static boolean matchesName(Element filterNode, Element data) {
        String namespace = filterNode.getNamespaceURI();
        return filterNode.getLocalName().equals(data.getLocalName())
            && (namespace == null || namespace.isEmpty() || namespace.equals(data.getNamespaceURI()));
    }

    private static void refuseAttributeMatches(Element filterNode) throws RpcException {
        NamedNodeMap attributes = filterNode.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            Attr attribute = (Attr) attributes.item(i);
            if (!XMLConstants.XMLNS_ATTRIBUTE_NS_URI.equals(attribute.getNamespaceURI())) {
                throw new RpcException(RpcError.notSupported("attribute match expressions in subtree filters"));
            }
        }
        for (Element child : NetconfXml.childElements(filterNode)) {
            refuseAttributeMatches(child);
        }
    }
}
