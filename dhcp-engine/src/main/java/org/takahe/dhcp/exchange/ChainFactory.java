package org.takahe.dhcp.exchange;

import java.util.List;
import org.takahe.dhcp.alloc.AllocationEngine;
import org.takahe.dhcp.config.DhcpConfig;
import org.takahe.dhcp.hooks.HookCounters;
import org.takahe.dhcp.hooks.HookDispatcher;

/**
 * Builds the handler chain for a configuration, once per apply, never per packet. The order is
 * the chain order: validate, classify, check the server identifier, select the subnet (among those serving the
 * client's classes), lease (with the client's host reservation), options, the classes' boot fields, then what
 * the reservation sets over them. The hook points sit between: pkt4-receive after classification,
 * subnet4-select after subnet selection, the lease points inside leasing and pkt4-send in the chain's end.
 */
public final class ChainFactory {
    private final AllocationEngine allocation;
    private final HookCounters hookCounters;

    public ChainFactory(AllocationEngine allocation) {
        this(allocation, new HookCounters());
    }

    /** @param hookCounters where the hook callouts of every configuration are counted */
    public ChainFactory(AllocationEngine allocation, HookCounters hookCounters) {
        this.allocation = allocation;
        this.hookCounters = hookCounters;
    }

    public HandlerChain build(DhcpConfig config) {
        SharedNetworkIndex sharedNetworks = new SharedNetworkIndex(config);
        ClientClassifier classifier = new ClientClassifier(config.clientClasses());
        HookDispatcher hooks = HookDispatcher.of(config.hooks(), hookCounters);
        return new HandlerChain(List.of(
            new MessageValidationHandler(),
            new ClassifyHandler(classifier),
            new PacketReceiveHook(hooks),
            new ServerIdentityHandler(allocation),
            new SubnetSelectionHandler(new SubnetSelection(config.subnets(), sharedNetworks)),
            new SubnetSelectHook(hooks, config.subnets()),
            new SharedNetworkLeasing(new LeaseHandler(allocation, config.declineProbation(), classifier, hooks),
                sharedNetworks, allocation::leaseOf),
            new OptionsHandler(config, sharedNetworks),
            new ClassBootFieldsHandler(config.clientClasses()),
            new ReservedHostHandler()), hooks);
    }
}
