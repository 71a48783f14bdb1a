package org.takahe.server.notification;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javax.xml.XMLConstants;
import org.jspecify.annotations.Nullable;
import org.takahe.dhcp.stats.PoolUtilization;
import org.takahe.dhcp.stats.PoolUtilizationListener;
import org.takahe.netconf.rpc.NetconfXml;
import org.takahe.server.config.ModelNames;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Turns the engine's pool utilization events into takahe-dhcpv4-server's
 * address-pool-utilization-threshold-exceeded notification on the NETCONF event stream. The engine starts
 * before the NETCONF server (whose commits it takes part in), so events raised before {@link #attach} wait here,
 * a bounded few, and go out in order once the stream is there.
 */
public final class PoolUtilizationNotifier implements PoolUtilizationListener {
    static final String EVENT = "address-pool-utilization-threshold-exceeded";
    /** Far more than the pools a restart can find over their threshold at once in any test or small site. */
    private static final int WAITING_LIMIT = 1024;

    private final List<Supplier<Element>> waiting = new ArrayList<>();
    private @Nullable Consumer<Supplier<Element>> stream;

    @Override
    public void thresholdReached(PoolUtilization utilization) {
        Supplier<Element> event = () -> event(utilization);
        Consumer<Supplier<Element>> target;
        synchronized (this) {
            target = stream;
            if (target == null) {
                if (waiting.size() < WAITING_LIMIT) {
                    waiting.add(event);
                }
                return;
            }
        }
        target.accept(event);
    }

    /** From now on events go to {@code publish} (the NETCONF stream's), the waiting ones first. */
    public void attach(Consumer<Supplier<Element>> publish) {
        synchronized (this) {
            // Published under the lock so an event raised meanwhile cannot overtake the waiting ones.
            waiting.forEach(publish);
            waiting.clear();
            stream = publish;
        }
    }

    /** The notification's content, leaves in the module's order. */
    static Element event(PoolUtilization utilization) {
        String namespace = ModelNames.DHCPV4.namespace().toString();
        Document document = NetconfXml.newDocument();
        Element event = document.createElementNS(namespace, EVENT);
        event.setAttributeNS(XMLConstants.XMLNS_ATTRIBUTE_NS_URI, XMLConstants.XMLNS_ATTRIBUTE, namespace);
        document.appendChild(event);
        leaf(event, "allocation-range-id", utilization.subnetId());
        leaf(event, "pool-id", utilization.poolId());
        leaf(event, "total-pool-addresses", Long.toString(utilization.totalAddresses()));
        leaf(event, "max-allocated-addresses", Long.toString(utilization.thresholdAddresses()));
        leaf(event, "allocated-address-count", Long.toString(utilization.allocatedAddresses()));
        return event;
    }

    private static void leaf(Element parent, String name, String text) {
        Element leaf = parent.getOwnerDocument().createElementNS(parent.getNamespaceURI(), name);
        leaf.setTextContent(text);
        parent.appendChild(leaf);
    }
}
