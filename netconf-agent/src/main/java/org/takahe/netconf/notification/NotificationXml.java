package org.takahe.netconf.notification;

import java.time.Instant;
import java.util.Optional;
import javax.xml.XMLConstants;
import org.takahe.netconf.rpc.CreateSubscriptionHandler;
import org.takahe.netconf.rpc.EventStream;
import org.takahe.netconf.rpc.NetconfXml;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** The {@code <notification>} envelope (RFC 5277 §4) and the elements events are built from. */
final class NotificationXml {

    static final String NOTIFICATION_NS = CreateSubscriptionHandler.NOTIFICATION_NS;
    /** replayComplete, notificationComplete and /netconf/streams (module nc-notifications). */
    static final String NETMOD_NOTIFICATION_NS = "urn:ietf:params:xml:ns:netmod:notification";

    private NotificationXml() {
    }

    /** The top element of a new event, declaring its namespace as the default. */
    static Element newEvent(String namespace, String localName) {
        Document document = NetconfXml.newDocument();
        Element event = document.createElementNS(namespace, localName);
        event.setAttributeNS(XMLConstants.XMLNS_ATTRIBUTE_NS_URI, XMLConstants.XMLNS_ATTRIBUTE, namespace);
        document.appendChild(event);
        return event;
    }

    /** Appends {@code <name>text</name>} in the parent's namespace. */
    static Element appendLeaf(Element parent, String localName, String text) {
        Element leaf = appendNode(parent, localName);
        leaf.setTextContent(text);
        return leaf;
    }

    /** Appends an empty {@code <name/>} in the parent's namespace. */
    static Element appendNode(Element parent, String localName) {
        Element child = parent.getOwnerDocument().createElementNS(parent.getNamespaceURI(), localName);
        parent.appendChild(child);
        return child;
    }

    /** A whole {@code <notification>} message carrying the event. */
    static byte[] envelope(Instant eventTime, Element event) {
        Document document = NetconfXml.newDocument();
        Element notification = document.createElementNS(NOTIFICATION_NS, "notification");
        notification.setAttributeNS(XMLConstants.XMLNS_ATTRIBUTE_NS_URI, XMLConstants.XMLNS_ATTRIBUTE,
            NOTIFICATION_NS);
        document.appendChild(notification);
        appendLeaf(notification, "eventTime", eventTime.toString());
        notification.appendChild(document.importNode(event, true));
        return NetconfXml.serialize(document);
    }

    /**
     * The notification as a subscriber with that filter receives it, or empty when the filter
     * selects nothing of its event.
     */
    static Optional<byte[]> filtered(byte[] notification, EventStream.EventFilter filter) {
        Element envelope;
        try {
            envelope = NetconfXml.parse(notification).getDocumentElement();
        } catch (NetconfXml.MalformedXmlException e) {
            throw new IllegalStateException("a notification built here does not parse", e);
        }
        Element event = NetconfXml.childElements(envelope).getLast();
        envelope.removeChild(event);
        Optional<Element> kept = filter.select(event);
        kept.ifPresent(envelope::appendChild);
        return kept.map(element -> NetconfXml.serialize(envelope.getOwnerDocument()));
    }
}
