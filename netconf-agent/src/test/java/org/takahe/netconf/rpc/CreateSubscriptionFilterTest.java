package org.takahe.netconf.rpc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

class CreateSubscriptionFilterTest {

    private static final String EVENTS_NS = "urn:ietf:params:xml:ns:yang:ietf-netconf-notifications";

    @Test
    void xpathFilterKeepsOnlyTheEventsItSelects() throws Exception {
        EventStream.EventFilter filter = subscribe("<filter type=\"xpath\" xmlns:ncn=\"" + EVENTS_NS
            + "\" select=\"/ncn:netconf-session-start\"/>");
        assertTrue(filter.select(event("netconf-session-start")).isPresent());
        assertEquals(Optional.empty(), filter.select(event("netconf-session-end")));
    }

    @Test
    void xpathFilterWithPredicateSelectsOnContent() throws Exception {
        EventStream.EventFilter filter = subscribe("<filter type=\"xpath\" xmlns:ncn=\"" + EVENTS_NS
            + "\" select=\"/ncn:netconf-session-start[ncn:username='admin']\"/>");
        assertTrue(filter.select(event("netconf-session-start")).isPresent());
        Element other = event("netconf-session-start");
        other.getElementsByTagNameNS(EVENTS_NS, "username").item(0).setTextContent("guest");
        assertEquals(Optional.empty(), filter.select(other));
    }

    @Test
    void xpathFilterWithoutSelectIsMissingAttribute() {
        RpcException e = assertThrows(RpcException.class,
            () -> subscribe("<filter type=\"xpath\"/>"));
        assertEquals("missing-attribute", e.error().tag().xmlName());
    }

    /** Runs create-subscription with that filter and returns the event filter it subscribed with. */
    private static EventStream.EventFilter subscribe(String filter) throws Exception {
        AtomicReference<EventStream.Request> subscribed = new AtomicReference<>();
        EventStream stream = (session, request) -> {
            subscribed.set(request);
            return () -> { };
        };
        String rpc = "<create-subscription xmlns=\"" + CreateSubscriptionHandler.NOTIFICATION_NS + "\">" + filter
            + "</create-subscription>";
        Element operation = NetconfXml.parse(rpc.getBytes(StandardCharsets.UTF_8)).getDocumentElement();
        new CreateSubscriptionHandler(stream, DatastoreRpcHarness.SCHEMA)
            .handle(new RpcRequest(operation, new FakeSession(1)));
        return subscribed.get().filter();
    }

    private static Element event(String name) throws Exception {
        String xml = "<" + name + " xmlns=\"" + EVENTS_NS + "\"><username>admin</username><session-id>4</session-id></"
            + name + ">";
        return NetconfXml.parse(xml.getBytes(StandardCharsets.UTF_8)).getDocumentElement();
    }
}
