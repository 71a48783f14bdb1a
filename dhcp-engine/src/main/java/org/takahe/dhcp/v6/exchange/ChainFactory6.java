package org.takahe.dhcp.v6.exchange;

import java.util.List;
import java.util.Map;
import org.takahe.dhcp.alloc.AllocationEngine;
import org.takahe.dhcp.config.v6.Dhcp6Config;
import org.takahe.dhcp.wire.v6.MessageType6;

/**
 * Builds the DHCPv6 handler chain for a configuration, once per apply, never per message. The order is the chain
 * order: validate (RFC 8415 §16), the unicast policy (§18.4), select the range, note the client's reservations,
 * the message type's own work (leases per IA), then the configured options.
 */
public final class ChainFactory6 {
    private final AllocationEngine allocation;

    public ChainFactory6(AllocationEngine allocation) {
        this.allocation = allocation;
    }

    public HandlerChain6 build(Dhcp6Config config) {
        IaAssignment assignment = new IaAssignment(allocation);
        OptionSetResolution optionSets = new OptionSetResolution(config.optionSets(), config.globalOptionSetIds());
        RenewRebindHandler renewRebind = new RenewRebindHandler(assignment);
        return new HandlerChain6(List.of(
            new MessageValidation(allocation),
            new UnicastPolicy(),
            new RangeSelectionHandler(new RangeSelection(config.ranges())),
            new ReservationOptionsHandler(),
            new MessageTypeRouter(Map.of(
                MessageType6.SOLICIT, new SolicitHandler(assignment, optionSets),
                MessageType6.REQUEST, new RequestHandler(assignment),
                MessageType6.RENEW, renewRebind,
                MessageType6.REBIND, renewRebind,
                MessageType6.RELEASE, new ReleaseHandler(allocation),
                MessageType6.DECLINE, new DeclineHandler(allocation, config.declineProbation()),
                MessageType6.CONFIRM, new ConfirmHandler(),
                MessageType6.INFORMATION_REQUEST, new InformationRequestHandler())),
            new OptionsHandler(optionSets)));
    }
}
