package org.takahe.dhcp.exchange;

import org.takahe.dhcp.wire.DropReason;

/** Finds the client's subnet; without one the server knows nothing to offer and stays silent. */
final class SubnetSelectionHandler implements Handler4 {
    private final SubnetSelection selection;

    SubnetSelectionHandler(SubnetSelection selection) {
        this.selection = selection;
    }

    @Override
    public Step handle(Request4 request, Reply4.Builder reply) {
        SubnetSelector selector = SubnetSelector.of(request);
        return selection.select(selector)
            .map(subnet -> {
                reply.subnet(subnet);
                return Step.CONTINUE;
            })
            .orElseGet(() -> Step.drop(DropReason.NO_SUBNET, "no subnet for " + selector));
    }
}
