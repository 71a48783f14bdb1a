package org.takahe.netconf.rpc;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerConfigurationException;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.takahe.datastore.xml.XmlDataCodec;
import org.w3c.dom.DOMImplementation;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** The NETCONF base namespace and the DOM chores every operation needs. */
public final class NetconfXml {
    // Looked up once: a factory lookup scans the class path's jars, dearer than the message itself.
    private static final TransformerFactory TRANSFORMERS = transformerFactory();
    /**
     * Creates the empty documents replies and events are built in. Taken once: a new document
     * builder per document sets up a whole parser, which cost more than building the reply; the
     * JDK's DOM implementation is stateless and safe to share.
     */
    private static final DOMImplementation DOM = domImplementation();


    public static final String BASE_NS = XmlDataCodec.NETCONF_BASE_NS;

    private NetconfXml() {
    }

    /** The bytes could not be parsed as XML. */
    public static final class MalformedXmlException extends Exception {
        private static final long serialVersionUID = 1L;

        MalformedXmlException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /**
     * Parses a message, refusing DOCTYPE and entities (no XXE, no entity expansion) and nesting
     * deeper than {@link NestingLimit#MAX_DEPTH}.
     */
    public static Document parse(byte[] message) throws MalformedXmlException {
        NestingLimit.check(message);
        try {
            return XmlDataCodec.parseSecure(new ByteArrayInputStream(message));
        } catch (Exception e) {
            // Any failure to parse, whatever the parser's exception type, is a malformed message.
            throw new MalformedXmlException(String.valueOf(e.getMessage()), e);
        }
    }

    public static Document newDocument() {
        return DOM.createDocument(null, null, null);
    }

    /** A new element in the base namespace that declares it as the default namespace. */
    public static Element newBaseRoot(Document document, String localName) {
        Element root = document.createElementNS(BASE_NS, localName);
        root.setAttributeNS(XMLConstants.XMLNS_ATTRIBUTE_NS_URI, XMLConstants.XMLNS_ATTRIBUTE, BASE_NS);
        return root;
    }

    public static byte[] serialize(Node node) {
        try {
            Transformer transformer = TRANSFORMERS.newTransformer();
            transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            if (node instanceof Document document) {
                // Otherwise the declaration says standalone="no", which means nothing without a DTD.
                document.setXmlStandalone(true);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            transformer.transform(new DOMSource(node), new StreamResult(out));
            return out.toByteArray();
        } catch (TransformerException e) {
            throw new IllegalStateException("cannot serialise a DOM built in memory", e);
        }
    }

    public static boolean isBase(Node node, String localName) {
        return node.getNodeType() == Node.ELEMENT_NODE && BASE_NS.equals(node.getNamespaceURI())
            && localName.equals(node.getLocalName());
    }

    public static List<Element> childElements(Element parent) {
        List<Element> children = new ArrayList<>();
        for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element element) {
                children.add(element);
            }
        }
        return children;
    }

    /** The first child in the base namespace with that name. */
    public static Optional<Element> baseChild(Element parent, String localName) {
        return childElements(parent).stream().filter(child -> isBase(child, localName)).findFirst();
    }

    /** Like {@link #baseChild} but a missing child is a missing-element error. */
    public static Element requiredBaseChild(Element parent, String localName) throws RpcException {
        return baseChild(parent, localName)
            .orElseThrow(() -> new RpcException(RpcError.missingElement(localName)));
    }

    /** The text of an element that must hold only text, trimmed. */
    public static String text(Element element) {
        return element.getTextContent().strip();
    }

    private static DOMImplementation domImplementation() {
        try {
            return documentFactory().newDocumentBuilder().getDOMImplementation();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's DOM builder is unavailable", e);
        }
    }

    private static DocumentBuilderFactory documentFactory() {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
        factory.setNamespaceAware(true);
        return factory;
    }

    private static TransformerFactory transformerFactory() {
        try {
            TransformerFactory factory = TransformerFactory.newDefaultInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            return factory;
        } catch (TransformerConfigurationException e) {
            throw new IllegalStateException("the JDK's XML serialiser is unavailable", e);
        }
    }
}
