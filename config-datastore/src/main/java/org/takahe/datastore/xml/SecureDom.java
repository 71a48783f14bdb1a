package org.takahe.datastore.xml;

import java.io.IOException;
import java.io.InputStream;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.takahe.datastore.DatastoreException;
import org.takahe.datastore.ErrorTag;
import org.w3c.dom.Document;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Parses XML from peers and files into namespace-aware DOM. A document type declaration is refused
 * outright: NETCONF needs none, and refusing it shuts out external entities (XXE) and entity
 * expansion bombs at once.
 */
final class SecureDom {

    private static final ErrorHandler FAIL_FAST = new ErrorHandler() {
        @Override
        public void warning(SAXParseException exception) {
            // warnings do not make a document unusable
        }

        @Override
        public void error(SAXParseException exception) throws SAXException {
            throw exception;
        }

        @Override
        public void fatalError(SAXParseException exception) throws SAXException {
            throw exception;
        }
    };

    /**
     * Configured once: looking a factory up scans every jar on the class path, which cost more than
     * parsing a whole rpc. The JDK's factory hands out independent builders to concurrent callers.
     */
    private static final DocumentBuilderFactory FACTORY = secureFactory();

    private SecureDom() {
    }

    /**
     * Builders between parses. A new builder sets up a whole parser (scanner, symbol table,
     * validators), which cost more than parsing a small rpc; a reset one is as good as new. A
     * builder serves one parse at a time, hence a queue and not a shared instance; bounded so a
     * burst of sessions does not keep its builders forever.
     */
    private static final Queue<DocumentBuilder> IDLE = new ConcurrentLinkedQueue<>();
    private static final int MAX_IDLE = 8;

    static Document parse(InputStream in) throws IOException, DatastoreException {
        DocumentBuilder builder = idleOrNew();
        try {
            // The default handler prints to stderr; a bad document is the caller's to report.
            builder.setErrorHandler(FAIL_FAST);
            return builder.parse(in);
        } catch (SAXException e) {
            throw new DatastoreException(ErrorTag.MALFORMED_MESSAGE, java.util.Optional.empty(),
                "malformed XML: " + e.getMessage(), e);
        } finally {
            builder.reset();
            if (IDLE.size() < MAX_IDLE) {
                IDLE.offer(builder);
            }
        }
    }

    private static DocumentBuilder idleOrNew() {
        DocumentBuilder idle = IDLE.poll();
        if (idle != null) {
            return idle;
        }
        try {
            return FACTORY.newDocumentBuilder();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK XML parser lacks a required security feature", e);
        }
    }

    private static DocumentBuilderFactory secureFactory() {
        try {
            return configure(DocumentBuilderFactory.newDefaultInstance());
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK XML parser lacks a required security feature", e);
        }
    }

    private static DocumentBuilderFactory configure(DocumentBuilderFactory factory)
            throws ParserConfigurationException {
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
        factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        factory.setXIncludeAware(false);
        factory.setExpandEntityReferences(false);
        return factory;
    }
}
