package org.takahe.netconf;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.opendaylight.yangtools.yang.model.api.EffectiveModelContext;
import org.takahe.datastore.ConfigUrls;
import org.takahe.netconf.monitoring.ModuleSet;
import org.takahe.netconf.rpc.NetconfXml;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** The hello messages that open a session (RFC 6241 §8.1). */
public final class HelloExchange {

    static final String BASE_1_0 = "urn:ietf:params:netconf:base:1.0";
    static final String BASE_1_1 = "urn:ietf:params:netconf:base:1.1";
    private static final List<String> PROTOCOL_CAPABILITIES = List.of(BASE_1_0, BASE_1_1,
        "urn:ietf:params:netconf:capability:candidate:1.0",
        "urn:ietf:params:netconf:capability:writable-running:1.0",
        "urn:ietf:params:netconf:capability:startup:1.0",
        "urn:ietf:params:netconf:capability:rollback-on-error:1.0",
        "urn:ietf:params:netconf:capability:validate:1.1",
        "urn:ietf:params:netconf:capability:url:1.0?scheme=" + ConfigUrls.SCHEMES,
        "urn:ietf:params:netconf:capability:with-defaults:1.0?basic-mode=explicit"
            + "&also-supported=report-all,trim,report-all-tagged",
        "urn:ietf:params:netconf:capability:confirmed-commit:1.1",
        "urn:ietf:params:netconf:capability:notification:1.0",
        "urn:ietf:params:netconf:capability:interleave:1.0",
        "urn:ietf:params:netconf:capability:xpath:1.0");

    // Stands for the session-id while the hello is serialized once; no capability contains it.
    private static final String SESSION_ID_MARK = "takahe-session-id";

    private final List<String> capabilities;
    private final ModuleSet modules;
    /** The server hello before and after its session-id: every session sends the same bytes around its id. */
    private final byte[] helloHead;
    private final byte[] helloTail;

    private HelloExchange(List<String> capabilities, ModuleSet modules) {
        this.capabilities = List.copyOf(capabilities);
        this.modules = modules;
        String hello = new String(buildHello(SESSION_ID_MARK), StandardCharsets.UTF_8);
        int mark = hello.indexOf(SESSION_ID_MARK);
        this.helloHead = hello.substring(0, mark).getBytes(StandardCharsets.UTF_8);
        this.helloTail = hello.substring(mark + SESSION_ID_MARK.length()).getBytes(StandardCharsets.UTF_8);
    }

    /**
     * The protocol capabilities, then yang-library 1.1 (RFC 8526 §2) and one module capability per
     * YANG module of the schema for NETCONF 1.0 clients.
     */
    public static HelloExchange forSchema(EffectiveModelContext schema) {
        ModuleSet modules = ModuleSet.of(schema, PROTOCOL_CAPABILITIES);
        List<String> capabilities = new ArrayList<>(PROTOCOL_CAPABILITIES);
        capabilities.addAll(modules.capabilities());
        return new HelloExchange(capabilities, modules);
    }

    /** Every capability the server's hello carries, in order. */
    public List<String> capabilities() {
        return capabilities;
    }

    /** The modules the capabilities announce, with the features read off the protocol capabilities. */
    public ModuleSet modules() {
        return modules;
    }

    public byte[] serverHello(long sessionId) {
        byte[] id = Long.toString(sessionId).getBytes(StandardCharsets.US_ASCII);
        byte[] hello = Arrays.copyOf(helloHead, helloHead.length + id.length + helloTail.length);
        System.arraycopy(id, 0, hello, helloHead.length, id.length);
        System.arraycopy(helloTail, 0, hello, helloHead.length + id.length, helloTail.length);
        return hello;
    }

    private byte[] buildHello(String sessionId) {
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
        id.setTextContent(sessionId);
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
