package org.takahe.dhcp.exchange;

import java.time.Duration;
import java.util.List;
import org.takahe.dhcp.alloc.AllocationEngine;
import org.takahe.dhcp.config.DhcpConfig;

/**
 * Builds the handler chain for a configuration, once per apply, never per packet. The order is
 * the chain order: validate, check the server identifier, select the subnet, lease, options.
 */
public final class ChainFactory {
    private final AllocationEngine allocation;
    private final Duration declineProbation;

    public ChainFactory(AllocationEngine allocation, Duration declineProbation) {
        this.allocation = allocation;
        this.declineProbation = declineProbation;
    }

    public HandlerChain build(DhcpConfig config) {
        return new HandlerChain(List.of(
            new MessageValidationHandler(),
            new ServerIdentityHandler(),
            new SubnetSelectionHandler(new SubnetSelection(config.subnets())),
            new LeaseHandler(allocation, declineProbation),
            new OptionsHandler()));
    }
}
