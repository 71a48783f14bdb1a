package org.takahe.netconf;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.opendaylight.yangtools.yang.model.api.EffectiveModelContext;
import org.opendaylight.yangtools.yang.model.api.Module;
import org.takahe.netconf.rpc.NetconfXml;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** The hello messages that open a session (RFC 6241 §8.1). */
public final class HelloExchange {

    static final String BASE_1_0 = "urn:ietf:params:netconf:base:1.0";
    static final String BASE_1_1 = "urn:ietf:params:netconf:base:1.1";
    private static final List<String> PROTOCOL_CAPABILITIES = List.of(BASE_1_0, BASE_1_1,
        "urn:ietf:params:netconf:capability:candidate:1.0",
        "urn:ietf:params:netconf:capability:writable-running:1.0");

    private final List<String> capabilities;

    private HelloExchange(List<String> capabilities) {
        this.capabilities = List.copyOf(capabilities);
    }

    /** The protocol capabilities, plus one module capability per YANG module of the schema. */
    public static HelloExchange forSchema(EffectiveModelContext schema) {
        List<String> capabilities = new ArrayList<>(PROTOCOL_CAPABILITIES);
        schema.getModules().stream().map(HelloExchange::moduleCapability).sorted().forEach(capabilities::add);
        return new HelloExchange(capabilities);
    }

    private static String moduleCapability(Module module) {
        return module.getNamespace() + "?module=" + module.getName()
            + module.getRevision().map(revision -> "&revision=" + revision).orElse("");
    }

    public byte[] serverHello(long sessionId) {
        Document document = NetconfXml.newDocument();
        Element hello = NetconfXml.newBaseRoot(document, "hello");
        document.appendChild(hello);
        Element list = document.createElementNS(NetconfXml.BASE_NS, "capabilities");
        hello.appendChild(list);
        for (String capability : capabilities) {
            Element element = document.createElementNS(NetconfXml.BASE_NS, "capability");
            element.setTextContent(capability);
            list.appendChild(element);
        }
        Element id = document.createElementNS(NetconfXml.BASE_NS, "session-id");
        id.setTextContent(Long.toString(sessionId));
        hello.appendChild(id);
        return NetconfXml.serialize(document);
    }

    /** The client's hello could not start a session; the session must be closed. */
    public static final class HelloRejectedException extends Exception {
        private static final long serialVersionUID = 1L;

        HelloRejectedException(String message) {
            super(message);
        }
    }

    /**
     * Checks the client's hello.
     *
     * @return whether both sides speak base:1.1, so chunked framing follows
     */
    public boolean acceptClientHello(byte[] message) throws HelloRejectedException {
        Element hello;
        try {
            hello = NetconfXml.parse(message).getDocumentElement();
        } catch (NetconfXml.MalformedXmlException e) {
            throw new HelloRejectedException("not well-formed XML: " + e.getMessage());
        }
        if (!NetconfXml.isBase(hello, "hello")) {
            throw new HelloRejectedException("expected hello, got " + hello.getTagName());
        }
        if (NetconfXml.baseChild(hello, "session-id").isPresent()) {
            throw new HelloRejectedException("a client hello must not carry a session-id");
        }
        Set<String> offered = new HashSet<>();
        NetconfXml.baseChild(hello, "capabilities").ifPresent(list -> NetconfXml.childElements(list).stream()
            .filter(child -> NetconfXml.isBase(child, "capability"))
            .forEach(child -> offered.add(NetconfXml.text(child))));
        if (!offered.contains(BASE_1_0) && !offered.contains(BASE_1_1)) {
            throw new HelloRejectedException("no base capability in common");
        }
        return offered.contains(BASE_1_1);
    }
}
