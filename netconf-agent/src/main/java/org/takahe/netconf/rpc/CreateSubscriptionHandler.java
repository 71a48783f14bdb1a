package org.takahe.netconf.rpc;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import org.opendaylight.yangtools.yang.model.api.EffectiveModelContext;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * {@code <create-subscription>} (RFC 5277 §2.1.1) on the NETCONF stream, with an optional subtree
 * or XPath filter (the same as get's) and replay from startTime to stopTime. Its parameters are in
 * the notification namespace; the filter is also accepted in the base namespace, where several
 * clients put it.
 */
public final class CreateSubscriptionHandler implements RpcHandler {

    /** The namespace of create-subscription and of the {@code <notification>} envelope. */
    public static final String NOTIFICATION_NS = "urn:ietf:params:xml:ns:netconf:notification:1.0";

    private final EventStream stream;
    private final ListKeys listKeys;

    public CreateSubscriptionHandler(EventStream stream, EffectiveModelContext schema) {
        this.stream = stream;
        this.listKeys = new ListKeys(schema);
    }

    @Override
    public RpcOutput handle(RpcRequest request) throws RpcException {
        Element operation = request.operation();
        Optional<String> streamName = parameter(operation, "stream").map(NetconfXml::text);
        if (streamName.isPresent() && !streamName.get().equals(EventStream.NETCONF)) {
            throw new RpcException(RpcError.invalidValue("stream", "no stream " + streamName.get()
                + "; this server has only the NETCONF stream"));
        }
        Optional<Instant> startTime = time(operation, "startTime");
        Optional<Instant> stopTime = time(operation, "stopTime");
        if (stopTime.isPresent() && startTime.isEmpty()) {
            throw new RpcException(RpcError.missingElement("startTime"));
        }
        if (startTime.isPresent() && startTime.get().isAfter(Instant.now())) {
            throw new RpcException(RpcError.badElement("startTime", "startTime is in the future"));
        }
        if (stopTime.isPresent() && stopTime.get().isBefore(startTime.orElseThrow())) {
            throw new RpcException(RpcError.badElement("stopTime", "stopTime is earlier than startTime"));
        }
        EventStream.EventFilter filter = EventStream.EventFilter.ALL;
        Optional<Element> filterElement = parameter(operation, "filter")
            .or(() -> NetconfXml.baseChild(operation, "filter"));
        if (filterElement.isPresent()) {
            DataFilter selection = DataFilter.ofFilterElement(filterElement.get());
            filter = event -> select(selection, event);
        }
        Runnable delivery = stream.subscribe(request.session(), new EventStream.Request(startTime, stopTime, filter));
        request.session().subscribed();
        request.session().afterReply(delivery);
        return RpcOutput.OK;
    }

    /**
     * Filters the event as if it were the only top-level element of a data tree. An XPath
     * expression that cannot be evaluated over this event selects nothing of it: there is no
     * rpc left to answer with an error, and the other events may still match.
     */
    private Optional<Element> select(DataFilter selection, Element event) {
        Document document = event.getOwnerDocument();
        Element holder = document.createElementNS(NetconfXml.BASE_NS, "data");
        holder.appendChild(event);
        try {
            selection.apply(holder, listKeys);
        } catch (RpcException e) {
            return Optional.empty();
        }
        List<Element> kept = NetconfXml.childElements(holder);
        return kept.isEmpty() ? Optional.empty() : Optional.of(kept.getFirst());
    }

    private static Optional<Element> parameter(Element operation, String localName) {
        return NetconfXml.childElements(operation).stream()
            .filter(child -> NOTIFICATION_NS.equals(child.getNamespaceURI()) && localName.equals(child.getLocalName()))
            .findFirst();
    }

    private static Optional<Instant> time(Element operation, String localName) throws RpcException {
        Optional<Element> element = parameter(operation, localName);
        if (element.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(OffsetDateTime.parse(NetconfXml.text(element.get())).toInstant());
        } catch (DateTimeParseException e) {
            throw new RpcException(RpcError.badElement(localName,
                localName + " is not a date-and-time: " + NetconfXml.text(element.get())));
        }
    }
}
