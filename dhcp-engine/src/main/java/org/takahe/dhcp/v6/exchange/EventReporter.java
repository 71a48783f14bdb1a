package org.takahe.dhcp.v6.exchange;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.takahe.dhcp.v6.Dhcp6DropReason;
import org.takahe.dhcp.v6.Dhcp6EventListener;
import org.takahe.dhcp.v6.Dhcp6EventListener.InvalidClientDetected;
import org.takahe.dhcp.v6.Dhcp6EventListener.NonSuccessCodeSent;
import org.takahe.dhcp.v6.Dhcp6Messages;
import org.takahe.dhcp.wire.v6.Dhcp6Message;
import org.takahe.dhcp.wire.v6.IaNa;
import org.takahe.dhcp.wire.v6.IaPd;
import org.takahe.dhcp.wire.v6.MessageType6;
import org.takahe.dhcp.wire.v6.StatusCode;

/**
 * Tells the listener what RFC 9243 notifies about an exchange: the statuses other than Success a reply carries (at
 * message level, in each IA, on each address or prefix), a decline, a message discarded as invalid. A listener that
 * throws costs a log line, never the exchange.
 */
final class EventReporter {
    private static final Logger LOG = LoggerFactory.getLogger(EventReporter.class);

    private final Dhcp6EventListener listener;

    EventReporter(Dhcp6EventListener listener) {
        this.listener = listener;
    }

    void replied(Request6 request, Reply6 reply) {
        for (StatusCode status : statuses(reply.message())) {
            notify("non-success-code-sent", listener::nonSuccessCodeSent,
                new NonSuccessCodeSent(request.duid(), status.code(), status.message()));
        }
        reply.declined().ifPresent(d -> notify("decline-received", listener::declineReceived, d));
    }

    void discarded(MessageType6 type, String duid, Dhcp6DropReason reason, String detail) {
        if (reason.isInvalidClient()) {
            notify("invalid-client-detected", listener::invalidClientDetected,
                new InvalidClientDetected(name(type), duid, detail));
        }
    }

    /** RFC 8415 §7.3 spells types with a dash: INFORMATION-REQUEST, RELAY-FORW. */
    static String name(MessageType6 type) {
        return type.name().replace('_', '-');
    }

    private <E> void notify(String what, Consumer<E> method, E event) {
        try {
            method.accept(event);
        } catch (RuntimeException e) {
            Dhcp6Messages.DHCP6_LISTENER_FAILED.log(LOG, what, e.toString(), e);
        }
    }

    private static List<StatusCode> statuses(Dhcp6Message message) {
        List<StatusCode> found = new ArrayList<>();
        message.options().statusCode().ifPresent(found::add);
        for (IaNa ia : message.options().iaNa()) {
            ia.status().ifPresent(found::add);
            ia.addresses().forEach(a -> a.status().ifPresent(found::add));
        }
        for (IaPd ia : message.options().iaPd()) {
            ia.status().ifPresent(found::add);
            ia.prefixes().forEach(p -> p.status().ifPresent(found::add));
        }
        return found.stream().filter(s -> !s.isSuccess()).toList();
    }
}
