package org.takahe.server.notification;

import java.net.Inet6Address;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.takahe.dhcp.config.v6.Ipv6Prefix;
import org.takahe.dhcp.stats.PoolUtilization;
import org.takahe.dhcp.v6.Dhcp6EventListener;
import org.takahe.dhcp.wire.Ipv6Bytes;
import org.w3c.dom.Element;

/**
 * Turns the DHCPv6 engine's events into ietf-dhcpv6-server's notifications (RFC 9243): decline-received,
 * non-success-code-sent and invalid-client-detected here, the pool utilization ones through the
 * {@link PoolUtilizationNotifier} both families share. Events raised before {@link #attach} wait for the stream.
 */
public final class Dhcpv6Notifier implements Dhcp6EventListener {
    static final String NAMESPACE = "urn:ietf:params:xml:ns:yang:ietf-dhcpv6-server";
    /** The message types invalid-client-detected can name; RFC 9243 spells INFORMATION-REQUEST info-request. */
    private static final Set<String> NAMED_TYPES =
        Set.of("solicit", "request", "confirm", "renew", "rebind", "release", "decline", "info-request");

    private final PendingEvents events = new PendingEvents();
    private final PoolUtilizationNotifier poolUtilization;

    public Dhcpv6Notifier(PoolUtilizationNotifier poolUtilization) {
        this.poolUtilization = poolUtilization;
    }

    /** From now on events go to {@code publish} (the NETCONF stream's), the waiting ones first. */
    public void attach(Consumer<Supplier<Element>> publish) {
        events.attach(publish);
    }

    @Override
    public void poolUtilizationThresholdReached(PoolUtilization utilization) {
        poolUtilization.thresholdReached(utilization);
    }

    @Override
    public void declineReceived(DeclineReceived declined) {
        events.publish(() -> declineEvent(declined));
    }

    @Override
    public void nonSuccessCodeSent(NonSuccessCodeSent sent) {
        events.publish(() -> statusEvent(sent));
    }

    @Override
    public void invalidClientDetected(InvalidClientDetected detected) {
        events.publish(() -> invalidClientEvent(detected));
    }

    static Element declineEvent(DeclineReceived declined) {
        Element event = EventElements.event(NAMESPACE, "decline-received");
        duid(event, declined.duid());
        for (Inet6Address address : declined.addresses()) {
            EventElements.leaf(EventElements.child(event, "declined-resources"), "address",
                Ipv6Bytes.toText(address));
        }
        for (Ipv6Prefix prefix : declined.prefixes()) {
            EventElements.leaf(EventElements.child(event, "declined-resources"), "prefix", prefix.toString());
        }
        return event;
    }

    static Element statusEvent(NonSuccessCodeSent sent) {
        Element event = EventElements.event(NAMESPACE, "non-success-code-sent");
        duid(event, sent.duid());
        Element status = EventElements.child(event, "status");
        EventElements.leaf(status, "code", Integer.toString(sent.statusCode()));
        EventElements.leaf(status, "message", sent.message());
        return event;
    }

    static Element invalidClientEvent(InvalidClientDetected detected) {
        Element event = EventElements.event(NAMESPACE, "invalid-client-detected");
        String type = detected.messageType().toLowerCase(Locale.ROOT).replace("information-request", "info-request");
        if (NAMED_TYPES.contains(type)) {
            EventElements.leaf(event, "message-type", type);
        }
        duid(event, detected.duid());
        EventElements.leaf(event, "description", detected.description());
        return event;
    }

    /** A DUID the model accepts: at least three octets of hex; anything shorter is left out rather than invalid. */
    private static void duid(Element event, String duid) {
        if (duid.length() >= 6 && duid.length() % 2 == 0) {
            EventElements.leaf(event, "duid", duid);
        }
    }
}
