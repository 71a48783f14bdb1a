package org.takahe.dhcp.v6.exchange;

import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.takahe.dhcp.config.v6.Dhcp6Config;
import org.takahe.dhcp.v6.Dhcp6Counters;
import org.takahe.dhcp.v6.Dhcp6DropReason;
import org.takahe.dhcp.v6.Dhcp6EventListener;
import org.takahe.dhcp.v6.Dhcp6Messages;
import org.takahe.dhcp.wire.v6.Dhcp6Message;
import org.takahe.dhcp.wire.v6.Duid;
import org.takahe.dhcp.wire.v6.MessageType6;

/**
 * Runs DHCPv6 exchanges on worker threads: holds the current {@link ServingState6} (replaced whole by
 * {@link #install}), unwraps relays, counts what was received and discarded, logs each discard with its reason's
 * ID and tells the listener what RFC 9243 notifies.
 */
public final class ExchangeService6 {
    private static final Logger LOG = LoggerFactory.getLogger(ExchangeService6.class);

    private final ChainFactory6 chains;
    private final Dhcp6Counters counters;
    private final EventReporter events;
    private final AtomicReference<ServingState6> state;

    /** @param initialDuid the server DUID until the first {@link #install} */
    public ExchangeService6(ChainFactory6 chains, Dhcp6Counters counters, Dhcp6EventListener listener,
            Duid initialDuid) {
        this.chains = chains;
        this.counters = counters;
        this.events = new EventReporter(listener);
        this.state = new AtomicReference<>(new ServingState6(Dhcp6Config.DISABLED,
            chains.build(Dhcp6Config.DISABLED), initialDuid));
    }

    /** Builds the chain for the configuration and makes both current, with this server DUID, in one swap. */
    public void install(Dhcp6Config config, Duid serverDuid) {
        state.set(new ServingState6(config, chains.build(config), serverDuid));
    }

    public ExchangeOutcome6 process(Inbound6 inbound) {
        ServingState6 serving = state.get();
        RelayPath.Unwrapped unwrapped = RelayPath.unwrap(inbound.packet());
        if (inbound.packet().type() == MessageType6.RELAY_FORW) {
            counters.received(MessageType6.RELAY_FORW);
        }
        if (unwrapped instanceof RelayPath.Refused refused) {
            return dropped("-", inbound, new ExchangeOutcome6.Dropped(refused.reason(), refused.detail()));
        }
        RelayPath.Message unwrappedMessage = (RelayPath.Message) unwrapped;
        Dhcp6Message message = unwrappedMessage.message();
        counters.received(message.type());
        Request6 request = new Request6(message, unwrappedMessage.relays(), inbound.source(), inbound.arrival(),
            serving.serverDuid());
        Dhcp6Messages.DHCP6_PACKET_RECEIVED.log(LOG, EventReporter.name(message.type()), request.xid(),
            inbound.source(), inbound.arrival().interfaceName().orElse("-"));
        if (!serving.config().enabled()) {
            return dropped(request, new ExchangeOutcome6.Dropped(Dhcp6DropReason.NOT_SERVING,
                "DHCPv6 is disabled"));
        }
        ExchangeOutcome6 outcome;
        try {
            outcome = serving.chain().run(request, Reply6.builder(request));
        } catch (RuntimeException e) {
            // A bug must cost one message, not the worker; the trailing exception gives the log its stack trace.
            counters.dropped(Dhcp6DropReason.INTERNAL_ERROR);
            Dhcp6Messages.DHCP6_PROCESS_FAILED.log(LOG, request.xid(), inbound.source(),
                Dhcp6DropReason.INTERNAL_ERROR, e, e);
            return new ExchangeOutcome6.Dropped(Dhcp6DropReason.INTERNAL_ERROR, e.toString());
        }
        switch (outcome) {
            case ExchangeOutcome6.Dropped drop -> dropped(request, drop);
            case ExchangeOutcome6.Replied replied -> {
                // Refused, yet answered with a status: counted and notified as a discard all the same.
                replied.discarded().ifPresent(reason -> dropped(request, new ExchangeOutcome6.Dropped(reason,
                    request.type() + " received by " + inbound.arrival().delivery() + ", answered with "
                    + replied.reply().message().options().statusCode().map(s -> "status " + s.code())
                        .orElse("no status"))));
                events.replied(request, replied.reply());
            }
        }
        return outcome;
    }

    private ExchangeOutcome6 dropped(Request6 request, ExchangeOutcome6.Dropped drop) {
        events.discarded(request.type(), request.duid(), drop.reason(), drop.detail());
        counters.dropped(drop.reason());
        Dhcp6Messages.forDrop(drop.reason()).log(LOG, request.xid(), request.source(), drop.reason(), drop.detail());
        return drop;
    }

    /** A packet refused before it became a request: a relay-reply, or a relay chain without a message. */
    private ExchangeOutcome6 dropped(String xid, Inbound6 inbound, ExchangeOutcome6.Dropped drop) {
        counters.dropped(drop.reason());
        Dhcp6Messages.forDrop(drop.reason()).log(LOG, xid, inbound.source(), drop.reason(), drop.detail());
        return drop;
    }
}
