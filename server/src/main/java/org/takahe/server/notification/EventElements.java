package org.takahe.server.notification;

import javax.xml.XMLConstants;
import org.takahe.netconf.rpc.NetconfXml;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** Builds the content of a YANG notification: its element in the module's namespace, and leaves under it. */
final class EventElements {

    private EventElements() {
    }

    static Element event(String namespace, String name) {
        Document document = NetconfXml.newDocument();
        Element event = document.createElementNS(namespace, name);
        event.setAttributeNS(XMLConstants.XMLNS_ATTRIBUTE_NS_URI, XMLConstants.XMLNS_ATTRIBUTE, namespace);
        document.appendChild(event);
        return event;
    }

    static Element child(Element parent, String name) {
        Element child = parent.getOwnerDocument().createElementNS(parent.getNamespaceURI(), name);
        parent.appendChild(child);
        return child;
    }

    static void leaf(Element parent, String name, String text) {
        child(parent, name).setTextContent(text);
    }
}
