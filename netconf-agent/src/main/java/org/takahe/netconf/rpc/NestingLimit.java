package org.takahe.netconf.rpc;

import java.io.ByteArrayInputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Refuses a message whose elements nest deeper than {@link #MAX_DEPTH} before any DOM is built
 * from it: a DOM walk (filters, codecs) recurses once per level, so a few megabytes of
 * {@code <a><a><a>...} would otherwise exhaust a thread's stack. A streaming pass costs little and
 * holds nothing but a counter. It also refuses a DOCTYPE itself, so the check never depends on
 * which parser runs after it.
 */
final class NestingLimit {

    /** Far deeper than any NETCONF message for our modules (about a dozen levels) ever needs. */
    static final int MAX_DEPTH = 64;

    /** Shared: the JDK's factory keeps no per-reader state unless "reuse-instance" is set, which it is not. */
    private static final XMLInputFactory FACTORY = newFactory();

    private NestingLimit() {
    }

    static void check(byte[] message) throws NetconfXml.MalformedXmlException {
        if (plainlyShallow(message)) {
            return;
        }
        try {
            XMLStreamReader reader = FACTORY.createXMLStreamReader(new ByteArrayInputStream(message));
            try {
                int depth = 0;
                while (reader.hasNext()) {
                    switch (reader.next()) {
                        case XMLStreamConstants.START_ELEMENT -> {
                            if (++depth > MAX_DEPTH) {
                                throw new XMLStreamException("elements nested deeper than " + MAX_DEPTH + " levels");
                            }
                        }
                        case XMLStreamConstants.END_ELEMENT -> depth--;
                        case XMLStreamConstants.DTD -> throw new XMLStreamException("a DOCTYPE is not allowed");
                        default -> {
                            // text, comments and processing instructions do not nest
                        }
                    }
                }
            } finally {
                reader.close();
            }
        } catch (XMLStreamException e) {
            throw new NetconfXml.MalformedXmlException(String.valueOf(e.getMessage()), e);
        }
    }

    /**
     * Every element starts with a {@code <}: a message with no more of them than the limit cannot
     * nest deeper, and one without {@code <!} has no DOCTYPE. Most rpcs are that small, and a byte
     * scan costs far less than setting up a streaming reader for them.
     */
    private static boolean plainlyShallow(byte[] message) {
        int starts = 0;
        for (int i = 0; i < message.length; i++) {
            if (message[i] == '<') {
                if (++starts > MAX_DEPTH || i + 1 < message.length && message[i + 1] == '!') {
                    return false;
                }
            }
        }
        return true;
    }

    private static XMLInputFactory newFactory() {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, false);
        return factory;
    }
}
