package org.takahe.netconf.rpc;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;

/** Builds {@code <rpc-reply>} documents. */
public final class RpcReplies {

    private static final XMLOutputFactory OUTPUT = XMLOutputFactory.newDefaultFactory();
    /** {@code <ok/>} inside the reply, whose default namespace is the base namespace. */
    private static final byte[] OK = "<ok/>".getBytes(StandardCharsets.UTF_8);

    private static final Pattern PATH_PREFIX = Pattern.compile("([A-Za-z_][A-Za-z0-9_.-]*):");

    private final Map<String, String> namespaceByPrefix;

    /**
     * @param namespaceByPrefix module prefix to namespace, used to declare the prefixes an
     *     error-path uses
     */
    public RpcReplies(Map<String, String> namespaceByPrefix) {
        this.namespaceByPrefix = Map.copyOf(namespaceByPrefix);
    }

    /** The encoded reply to an rpc, carrying every attribute of the rpc (message-id and any other). */
    public byte[] encode(Element rpc, RpcOutput output) {
        if (output instanceof RpcOutput.EncodedData encoded) {
            return encodeAround(rpc, encoded.xml());
        }
        if (output instanceof RpcOutput.Ok || output instanceof RpcOutput.Parameters(var none) && none.isEmpty()) {
            // The commonest reply: streamed, without building and transforming a DOM for one element.
            return encodeAround(rpc, OK);
        }
        Document document = NetconfXml.newDocument();
        Element reply = newReply(document, rpc);
        switch (output) {
            case RpcOutput.Ok ok -> throw new AssertionError("handled above");
            case RpcOutput.Data data -> reply.appendChild(document.importNode(data.data(), true));
            case RpcOutput.Parameters parameters -> parameters.children()
                .forEach(child -> reply.appendChild(document.importNode(child, true)));
            case RpcOutput.EncodedData encoded -> throw new AssertionError("handled above");
        }
        return NetconfXml.serialize(document);
    }

    /** Streams the reply element around content that is already XML, copying it once. */
    private static byte[] encodeAround(Element rpc, byte[] content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(content.length + 512);
        try {
            XMLStreamWriter writer = OUTPUT.createXMLStreamWriter(out, "UTF-8");
            writer.writeStartDocument("UTF-8", "1.0");
            writer.writeStartElement("", "rpc-reply", NetconfXml.BASE_NS);
            writer.writeDefaultNamespace(NetconfXml.BASE_NS);
            NamedNodeMap attributes = rpc.getAttributes();
            for (int i = 0; i < attributes.getLength(); i++) {
                Attr attribute = (Attr) attributes.item(i);
                String namespace = attribute.getNamespaceURI();
                if (XMLConstants.XMLNS_ATTRIBUTE_NS_URI.equals(namespace)) {
                    continue;
                }
                if (namespace == null || namespace.isEmpty()) {
                    writer.writeAttribute(attribute.getLocalName(), attribute.getValue());
                } else {
                    writer.writeNamespace(attribute.getPrefix(), namespace);
                    writer.writeAttribute(attribute.getPrefix(), namespace, attribute.getLocalName(),
                        attribute.getValue());
                }
            }
            writer.writeCharacters("");
            writer.flush();
            out.write(content);
            writer.writeEndElement();
            writer.writeEndDocument();
            writer.close();
        } catch (XMLStreamException | IOException e) {
            throw new IllegalStateException("cannot encode a reply in memory", e);
        }
        return out.toByteArray();
    }

    /** An error reply; without an rpc (the message did not parse) it has no message-id. */
    public Document error(@org.jspecify.annotations.Nullable Element rpc, RpcError error) {
        return errors(rpc, java.util.List.of(error));
    }

    /** A reply with one rpc-error per error, in order. */
    public Document errors(@org.jspecify.annotations.Nullable Element rpc, java.util.List<RpcError> errors) {
        Document document = NetconfXml.newDocument();
        Element reply = newReply(document, rpc);
        errors.forEach(error -> reply.appendChild(errorElement(document, error)));
        return document;
    }

    private Element newReply(Document document, @org.jspecify.annotations.Nullable Element rpc) {
        Element reply = NetconfXml.newBaseRoot(document, "rpc-reply");
        document.appendChild(reply);
        if (rpc != null) {
            NamedNodeMap attributes = rpc.getAttributes();
            for (int i = 0; i < attributes.getLength(); i++) {
                Attr attribute = (Attr) attributes.item(i);
                if (!XMLConstants.XMLNS_ATTRIBUTE_NS_URI.equals(attribute.getNamespaceURI())) {
                    reply.setAttributeNodeNS((Attr) document.importNode(attribute, true));
                }
            }
        }
        return reply;
    }

    private Element errorElement(Document document, RpcError error) {
        Element rpcError = document.createElementNS(NetconfXml.BASE_NS, "rpc-error");
        appendText(rpcError, "error-type", error.type().xmlName());
        appendText(rpcError, "error-tag", error.tag().xmlName());
        appendText(rpcError, "error-severity", "error");
        error.appTag().ifPresent(appTag -> appendText(rpcError, "error-app-tag", appTag));
        error.path().ifPresent(path -> declarePrefixes(appendText(rpcError, "error-path", path), path));
        Element message = appendText(rpcError, "error-message", error.message());
        message.setAttributeNS(XMLConstants.XML_NS_URI, "xml:lang", "en");
        if (!error.info().isEmpty()) {
            Element info = document.createElementNS(NetconfXml.BASE_NS, "error-info");
            error.info().forEach(item -> appendText(info, item.name(), item.value()));
            rpcError.appendChild(info);
        }
        return rpcError;
    }

    /** error-path is an XPath, so the prefixes in it must be bound where it appears. */
    private void declarePrefixes(Element pathElement, String path) {
        Matcher matcher = PATH_PREFIX.matcher(path);
        while (matcher.find()) {
            String namespace = namespaceByPrefix.get(matcher.group(1));
            if (namespace != null) {
                pathElement.setAttributeNS(XMLConstants.XMLNS_ATTRIBUTE_NS_URI, "xmlns:" + matcher.group(1), namespace);
            }
        }
    }

    private static Element appendText(Element parent, String name, String text) {
        Element child = parent.getOwnerDocument().createElementNS(NetconfXml.BASE_NS, name);
        child.setTextContent(text);
        parent.appendChild(child);
        return child;
    }
}
