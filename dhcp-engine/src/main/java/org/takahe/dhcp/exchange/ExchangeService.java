package org.takahe.dhcp.exchange;

import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.takahe.dhcp.DhcpMessages;
import org.takahe.dhcp.config.DhcpConfig;
import org.takahe.dhcp.hooks.HookDispatcher;
import org.takahe.dhcp.stats.Dhcp4Counters;
import org.takahe.dhcp.wire.DropReason;
import org.takahe.dhcp.wire.MessageType;

/**
 * Runs exchanges on worker threads: holds the current {@link ServingState} (replaced whole by
 * {@link #install}), counts what was received and dropped and logs each drop with its reason's ID.
 */
public final class ExchangeService {
    private static final Logger LOG = LoggerFactory.getLogger(ExchangeService.class);

    private final ChainFactory chains;
    private final Dhcp4Counters counters;
    private final AtomicReference<ServingState> state;

    public ExchangeService(ChainFactory chains, Dhcp4Counters counters) {
        this.chains = chains;
        this.counters = counters;
        this.state = new AtomicReference<>(new ServingState(DhcpConfig.empty(), chains.build(DhcpConfig.empty())));
    }

    /** Builds the chain for the configuration and makes both current in one swap. */
    public void install(DhcpConfig config) {
        state.set(new ServingState(config, chains.build(config)));
    }

    /** The hook callouts of the configuration served now, for lease work outside exchanges (reclamation). */
    public HookDispatcher hooks() {
        return state.get().chain().hooks();
    }

    public ExchangeOutcome process(InboundDatagram inbound) {
        inbound.message().messageType().ifPresent(counters::received);
        String xid = Integer.toHexString(inbound.message().xid());
        DhcpMessages.DHCP4_PACKET_RECEIVED.log(LOG, inbound.message().messageType().map(MessageType::name)
            .orElse("untyped packet"), xid, inbound.source(), inbound.receivedOn().name());
        ExchangeOutcome outcome;
        try {
            outcome = new Exchange4(inbound, state.get()).run();
        } catch (RuntimeException e) {
            // A bug must cost one packet, not the worker; the trailing exception gives the log its stack trace.
            counters.dropped(DropReason.INTERNAL_ERROR, inbound.message().messageType());
            DhcpMessages.DHCP4_PROCESS_FAILED.log(LOG, xid, inbound.source(), DropReason.INTERNAL_ERROR, e, e);
            return new ExchangeOutcome.Dropped(DropReason.INTERNAL_ERROR, e.toString());
        }
        if (outcome instanceof ExchangeOutcome.Dropped dropped) {
            counters.dropped(dropped.reason(), inbound.message().messageType());
            DhcpMessages.forDrop(dropped.reason()).log(LOG, xid, inbound.source(), dropped.reason(), dropped.detail());
        }
        return outcome;
    }
}
