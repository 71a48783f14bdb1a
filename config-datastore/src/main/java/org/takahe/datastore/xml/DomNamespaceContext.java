package org.takahe.datastore.xml;

import java.util.Iterator;
import javax.xml.XMLConstants;
import javax.xml.namespace.NamespaceContext;
import org.jspecify.annotations.Nullable;
import org.w3c.dom.Element;

/**
 * Resolves the prefixes in scope at one DOM element, so value codecs can read prefixed values
 * (identityref, instance-identifier) the way the sender declared them.
 */
record DomNamespaceContext(Element element) implements NamespaceContext {

    @Override
    public String getNamespaceURI(String prefix) {
        @Nullable String namespace = element.lookupNamespaceURI(prefix.isEmpty() ? null : prefix);
        return namespace == null ? XMLConstants.NULL_NS_URI : namespace;
    }

    @Override
    public @Nullable String getPrefix(String namespaceURI) {
        return element.lookupPrefix(namespaceURI);
    }

    @Override
    public Iterator<String> getPrefixes(String namespaceURI) {
        @Nullable String prefix = getPrefix(namespaceURI);
        return prefix == null ? java.util.Collections.emptyIterator() : java.util.List.of(prefix).iterator();
    }
}
