package org.takahe.datastore.xpath;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One element of the tree XPath expressions navigate: a container, list entry or leaf (there are
 * no attributes and text is the leaf's value). Nodes know their document order, so node-sets can
 * be kept sorted without comparing paths; children are indexed by name once a node has many, so a
 * step into a 10,000-entry list does not scan it for every context node.
 */
public final class XNode {

    private static final int INDEX_THRESHOLD = 8;

    private final @Nullable XNode parent;
    private final String namespace;
    private final String localName;
    private final @Nullable String value;
    private final @Nullable Object origin;
    private final int order;
    private final int[] counter;
    private final List<XNode> children = new ArrayList<>();
    private @Nullable Map<String, List<XNode>> byName;

    private XNode(@Nullable XNode parent, String namespace, String localName, @Nullable String value,
            @Nullable Object origin, int[] counter) {
        this.parent = parent;
        this.namespace = namespace;
        this.localName = localName;
        this.value = value;
        this.origin = origin;
        this.counter = counter;
        this.order = counter[0]++;
    }

    /** The root of a new tree: XPath's document node, parent of the top-level data nodes. */
    public static XNode root(@Nullable Object origin) {
        return new XNode(null, "", "", null, origin, new int[1]);
    }

    /**
     * Adds a child after the existing ones. Build depth first (a child's subtree before its next
     * sibling) so that creation order is document order.
     *
     * @param value the leaf's text, or null for an interior node
     * @param origin what the node stands for (a DOM element, a data path), handed back to callers
     */
    public XNode addChild(String childNamespace, String childLocalName, @Nullable String value,
            @Nullable Object origin) {
        XNode child = new XNode(this, childNamespace, childLocalName, value, origin, counter);
        children.add(child);
        if (byName != null) {
            byName.computeIfAbsent(key(childNamespace, childLocalName), k -> new ArrayList<>()).add(child);
        }
        return child;
    }

    public @Nullable XNode parent() {
        return parent;
    }

    public String namespace() {
        return namespace;
    }

    public String localName() {
        return localName;
    }

    public boolean isLeaf() {
        return value != null;
    }

    public @Nullable Object origin() {
        return origin;
    }

    public List<XNode> children() {
        return children;
    }

    int order() {
        return order;
    }

    /** The children with this name, in document order. */
    List<XNode> children(String childNamespace, String childLocalName) {
        if (children.size() < INDEX_THRESHOLD) {
            List<XNode> found = new ArrayList<>(2);
            for (XNode child : children) {
                if (child.localName.equals(childLocalName) && child.namespace.equals(childNamespace)) {
                    found.add(child);
                }
            }
            return found;
        }
        if (byName == null) {
            Map<String, List<XNode>> index = new HashMap<>();
            for (XNode child : children) {
                index.computeIfAbsent(key(child.namespace, child.localName), k -> new ArrayList<>()).add(child);
            }
            byName = index;
        }
        return byName.getOrDefault(key(childNamespace, childLocalName), List.of());
    }

    /** XPath's string-value: a leaf's value, or the values of all leaves below, concatenated. */
    public String stringValue() {
        if (value != null) {
            return value;
        }
        StringBuilder out = new StringBuilder();
        appendText(out);
        return out.toString();
    }

    private void appendText(StringBuilder out) {
        if (value != null) {
            out.append(value);
            return;
        }
        for (XNode child : children) {
            child.appendText(out);
        }
    }

    private static String key(String namespace, String localName) {
        return namespace + ' ' + localName;
    }

    @Override
    public String toString() {
        return localName.isEmpty() ? "/" : "{" + namespace + "}" + localName;
    }
}
