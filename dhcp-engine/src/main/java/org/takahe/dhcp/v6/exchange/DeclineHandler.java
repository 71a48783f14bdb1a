package org.takahe.dhcp.v6.exchange;

import java.net.Inet6Address;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.takahe.dhcp.alloc.AllocationEngine;
import org.takahe.dhcp.alloc.IaKey;
import org.takahe.dhcp.config.v6.Ipv6Prefix;
import org.takahe.dhcp.v6.Dhcp6DropReason;
import org.takahe.dhcp.v6.Dhcp6EventListener.DeclineReceived;
import org.takahe.dhcp.v6.Dhcp6Messages;
import org.takahe.dhcp.wire.v6.MessageType6;
import org.takahe.dhcp.wire.v6.StatusCode;
import org.takahe.lease.LeaseKey;
import org.takahe.lease.LeaseStoreException;
import org.takahe.lease.LeaseType;

/**
 * DECLINE (RFC 8415 §18.3.8): each address the client found in use elsewhere (duplicate address detection) is
 * taken from it and kept out of use for the decline probation; the reply says Success, and NoBinding in an IA of
 * which nothing was the client's. What was declined is reported as RFC 9243's decline-received.
 */
public final class DeclineHandler implements Handler6 {
    private static final Logger LOG = LoggerFactory.getLogger(DeclineHandler.class);

    private final AllocationEngine allocation;
    private final Duration probation;

    public DeclineHandler(AllocationEngine allocation, Duration probation) {
        this.allocation = allocation;
        this.probation = probation;
    }

    @Override
    public Step6 handle(Request6 request, Reply6.Builder reply) {
        reply.type(MessageType6.REPLY).status(StatusCode.SUCCESS, "declined");
        List<Inet6Address> addresses = new ArrayList<>();
        List<Ipv6Prefix> prefixes = new ArrayList<>();
        for (IaRequest ia : IaRequest.all(request.message().options())) {
            IaKey client = ia.key(request.duid());
            boolean declined = false;
            try {
                for (LeaseKey key : ia.listed()) {
                    Optional<Instant> until = allocation.decline(client, key, probation);
                    if (until.isPresent()) {
                        declined = true;
                        Dhcp6Messages.DHCP6_DECLINE.log(LOG, client, key, until.get());
                        Inet6Address address = (Inet6Address) key.address();
                        if (key.type() == LeaseType.NA) {
                            addresses.add(address);
                        } else {
                            prefixes.add(Ipv6Prefix.of(address, key.prefixLength()));
                        }
                    }
                }
            } catch (LeaseStoreException e) {
                return Step6.drop(Dhcp6DropReason.LEASE_STORE_FAILURE, e.getMessage());
            }
            if (!declined) {
                reply.ia(IaAnswers.status(ia, StatusCode.NO_BINDING, "no binding for " + ia.describe(), List.of()));
            }
        }
        if (!addresses.isEmpty() || !prefixes.isEmpty()) {
            reply.declined(new DeclineReceived(request.duid(), addresses, prefixes));
        }
        return Step6.REPLY;
    }
}
