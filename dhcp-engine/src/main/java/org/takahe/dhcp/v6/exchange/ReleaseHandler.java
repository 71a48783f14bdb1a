package org.takahe.dhcp.v6.exchange;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.takahe.dhcp.alloc.AllocationEngine;
import org.takahe.dhcp.alloc.IaKey;
import org.takahe.dhcp.v6.Dhcp6DropReason;
import org.takahe.dhcp.v6.Dhcp6Messages;
import org.takahe.dhcp.wire.v6.MessageType6;
import org.takahe.dhcp.wire.v6.StatusCode;
import org.takahe.lease.Lease6;
import org.takahe.lease.LeaseKey;
import org.takahe.lease.LeaseStoreException;

/**
 * RELEASE (RFC 8415 §18.3.7): removes the leases the client lists from its IAs and answers Success; an IA of which
 * nothing was the client's comes back with NoBinding and nothing else. An IA listing nothing releases all it holds.
 * The reply goes out only once the removals are durable.
 */
public final class ReleaseHandler implements Handler6 {
    private static final Logger LOG = LoggerFactory.getLogger(ReleaseHandler.class);

    private final AllocationEngine allocation;

    public ReleaseHandler(AllocationEngine allocation) {
        this.allocation = allocation;
    }

    @Override
    public Step6 handle(Request6 request, Reply6.Builder reply) {
        reply.type(MessageType6.REPLY).status(StatusCode.SUCCESS, "released");
        for (IaRequest ia : IaRequest.all(request.message().options())) {
            IaKey client = ia.key(request.duid());
            List<LeaseKey> targets = ia.listed().isEmpty()
                ? allocation.leasesOf(client).stream().map(Lease6::key).toList() : ia.listed();
            boolean released = false;
            try {
                for (LeaseKey key : targets) {
                    if (allocation.release(client, key)) {
                        released = true;
                        Dhcp6Messages.DHCP6_LEASE_RELEASE.log(LOG, client, key);
                    }
                }
            } catch (LeaseStoreException e) {
                return Step6.drop(Dhcp6DropReason.LEASE_STORE_FAILURE, e.getMessage());
            }
            if (!released) {
                reply.ia(IaAnswers.status(ia, StatusCode.NO_BINDING, "no binding for " + ia.describe(), List.of()));
            }
        }
        return Step6.REPLY;
    }
}
