package org.takahe.dhcp.exchange;

import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.takahe.dhcp.DhcpMessages;
import org.takahe.dhcp.classify.ClientClasses;
import org.takahe.dhcp.config.Subnet4;
import org.takahe.dhcp.wire.DropReason;

/**
 * Finds the client's subnet, among those that serve its classes; without one the server knows nothing to offer
 * and stays silent.
 */
final class SubnetSelectionHandler implements Handler4 {
    private static final Logger LOG = LoggerFactory.getLogger(SubnetSelectionHandler.class);

    private final SubnetSelection selection;

    SubnetSelectionHandler(SubnetSelection selection) {
        this.selection = selection;
    }

    @Override
    public Step handle(Request4 request, Reply4.Builder reply) {
        SubnetSelector selector = SubnetSelector.of(request);
        return selection.select(selector).flatMap(located -> admitting(located, request, reply.classes()))
            .map(subnet -> {
                DhcpMessages.DHCP4_SUBNET_SELECTED.log(LOG, request.xid(), subnet.id(), selector);
                reply.subnet(subnet);
                return Step.CONTINUE;
            })
            .orElseGet(() -> Step.drop(DropReason.NO_SUBNET, "no subnet for " + selector + " in classes "
                + reply.classes()));
    }

    /**
     * The located subnet if it serves the client's classes, else the first subnet of its shared network that does
     * (Kea's client-class on a subnet); empty if none does.
     */
    private Optional<Subnet4> admitting(Subnet4 located, Request4 request, ClientClasses classes) {
        if (located.admits(classes)) {
            return Optional.of(located);
        }
        DhcpMessages.DHCP4_SUBNET_CLASS_MISMATCH.log(LOG, request.xid(), located.id(),
            located.clientClass().orElseThrow(), classes);
        return selection.sharedNetworks().link(located).stream().filter(s -> s.admits(classes)).findFirst();
    }
}
