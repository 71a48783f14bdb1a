package org.takahe.netconf.rpc;

import java.util.Optional;
import javax.xml.XMLConstants;
import org.takahe.datastore.DatastoreName;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * Restates an RFC 8526 operation as the RFC 6241 one that does the same work (get-data as get or
 * get-config, edit-data as edit-config), so both share one implementation. The new element is
 * placed inside the original one: the prefixes a client declared there or above (for identityref
 * values in the data, or in an XPath filter) stay in scope.
 */
final class NmdaTranslation {

    static final String WITH_DEFAULTS_NS = "urn:ietf:params:xml:ns:yang:ietf-netconf-with-defaults";

    private final Element operation;

    private NmdaTranslation(Element operation) {
        this.operation = operation;
    }

    /** Starts the base operation {@code name} inside {@code original}. */
    static NmdaTranslation of(Element original, String name) {
        Element translated = original.getOwnerDocument().createElementNS(NetconfXml.BASE_NS, name);
        original.appendChild(translated);
        return new NmdaTranslation(translated);
    }

    Element operation() {
        return operation;
    }

    /** Adds {@code <source><running/></source>} (or the datastore given). */
    void source(DatastoreName datastore) {
        datastore(datastore, "source");
    }

    /** Adds {@code <target><candidate/></target>} (or the datastore given). */
    void target(DatastoreName datastore) {
        datastore(datastore, "target");
    }

    /** Adds a base-namespace parameter holding text, e.g. default-operation. */
    void text(String name, String value) {
        Element parameter = base(name);
        parameter.setTextContent(value);
        operation.appendChild(parameter);
    }

    /** Moves a parameter element as it is (e.g. with-defaults, in its own namespace). */
    void move(Element parameter) {
        operation.appendChild(parameter);
    }

    /** Moves the children of {@code from} into a new base-namespace parameter {@code name}. */
    void moveChildren(Element from, String name) {
        Element parameter = base(name);
        for (Node child = from.getFirstChild(); child != null; child = from.getFirstChild()) {
            parameter.appendChild(child);
        }
        copyNamespaceDeclarations(from, parameter);
        operation.appendChild(parameter);
    }

    /** Turns subtree-filter or xpath-filter (at most one, a YANG choice) into the base {@code <filter>}. */
    void filter(Optional<Element> subtree, Optional<Element> xpath) {
        if (subtree.isPresent()) {
            moveChildren(subtree.get(), "filter");
            lastParameter().setAttributeNS(null, "type", "subtree");
        } else if (xpath.isPresent()) {
            Element filter = base("filter");
            filter.setAttributeNS(null, "type", "xpath");
            filter.setAttributeNS(null, "select", NetconfXml.text(xpath.get()));
            copyNamespaceDeclarations(xpath.get(), filter);
            operation.appendChild(filter);
        }
    }

    /**
     * Re-homes a base {@code <data>} reply element in the ietf-netconf-nmda namespace, as get-data's
     * output says.
     */
    static Element inNmdaNamespace(Element data) {
        Document document = data.getOwnerDocument();
        Element result = document.createElementNS(NmdaDatastore.NMDA_NS, "data");
        result.setAttributeNS(XMLConstants.XMLNS_ATTRIBUTE_NS_URI, XMLConstants.XMLNS_ATTRIBUTE, NmdaDatastore.NMDA_NS);
        for (Node child = data.getFirstChild(); child != null; child = data.getFirstChild()) {
            result.appendChild(child);
        }
        return result;
    }

    private void datastore(DatastoreName datastore, String name) {
        Element parameter = base(name);
        parameter.appendChild(base(datastore.xmlName()));
        operation.appendChild(parameter);
    }

    private Element lastParameter() {
        return (Element) operation.getLastChild();
    }

    private Element base(String name) {
        return operation.getOwnerDocument().createElementNS(NetconfXml.BASE_NS, name);
    }

    /** Namespace declarations made on the element itself, which the moved content may rely on. */
    private static void copyNamespaceDeclarations(Element from, Element to) {
        NamedNodeMap attributes = from.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            Attr attribute = (Attr) attributes.item(i);
            if (XMLConstants.XMLNS_ATTRIBUTE_NS_URI.equals(attribute.getNamespaceURI())
                    && !XMLConstants.XMLNS_ATTRIBUTE.equals(attribute.getName())) {
                to.setAttributeNS(XMLConstants.XMLNS_ATTRIBUTE_NS_URI, attribute.getName(), attribute.getValue());
            }
        }
    }
}
