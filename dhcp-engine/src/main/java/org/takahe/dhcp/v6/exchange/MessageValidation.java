package org.takahe.dhcp.v6.exchange;

import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.takahe.dhcp.alloc.AllocationEngine;
import org.takahe.dhcp.alloc.IaKey;
import org.takahe.dhcp.v6.Dhcp6DropReason;
import org.takahe.dhcp.v6.Dhcp6Messages;
import org.takahe.dhcp.wire.v6.Duid;
import org.takahe.dhcp.wire.v6.MessageType6;
import org.takahe.dhcp.wire.v6.OptionCode6;
import org.takahe.dhcp.wire.v6.Options6;

/**
 * RFC 8415 §16, what a server checks before anything else: only client message types; a Client Identifier
 * wherever one is required; no Server Identifier in SOLICIT, CONFIRM and REBIND; ours in REQUEST, RENEW, DECLINE
 * and RELEASE, and in an INFORMATION-REQUEST that names a server; no IA in an INFORMATION-REQUEST. A REQUEST naming
 * another server also says the client turned down this server's ADVERTISE, so what was offered to its IAs is freed
 * at once rather than when the offer lapses.
 */
public final class MessageValidation implements Handler6 {
    private static final Logger LOG = LoggerFactory.getLogger(MessageValidation.class);

    private final AllocationEngine allocation;

    public MessageValidation(AllocationEngine allocation) {
        this.allocation = allocation;
    }

    @Override
    public Step6 handle(Request6 request, Reply6.Builder reply) {
        MessageType6 type = request.type();
        Options6 options = request.message().options();
        Optional<Duid> serverId = options.serverId();
        boolean namesServer = options.contains(OptionCode6.SERVERID);
        switch (type) {
            case SOLICIT, CONFIRM, REBIND -> {
                if (request.clientId().isEmpty()) {
                    return missingClientId(type);
                }
                if (namesServer) {
                    return Step6.drop(Dhcp6DropReason.UNEXPECTED_SERVER_ID, type + " with a Server Identifier");
                }
            }
            case REQUEST, RENEW, DECLINE, RELEASE -> {
                if (request.clientId().isEmpty()) {
                    return missingClientId(type);
                }
                if (!namesServer) {
                    return Step6.drop(Dhcp6DropReason.MISSING_SERVER_ID, type + " without a Server Identifier");
                }
                if (!serverId.equals(Optional.of(request.serverDuid()))) {
                    if (type == MessageType6.REQUEST) {
                        withdrawOffers(request);
                    }
                    return notOurs(type, serverId);
                }
            }
            case INFORMATION_REQUEST -> {
                if (namesServer && !serverId.equals(Optional.of(request.serverDuid()))) {
                    return notOurs(type, serverId);
                }
                if (options.contains(OptionCode6.IA_NA) || options.contains(OptionCode6.IA_TA)
                        || options.contains(OptionCode6.IA_PD)) {
                    return Step6.drop(Dhcp6DropReason.INFORMATION_REQUEST_WITH_IA,
                        "INFORMATION-REQUEST holding an IA option");
                }
            }
            default -> {
                return Step6.drop(Dhcp6DropReason.NOT_A_CLIENT_MESSAGE, type + " is sent by servers");
            }
        }
        return Step6.CONTINUE;
    }

    private void withdrawOffers(Request6 request) {
        for (IaRequest ia : IaRequest.all(request.message().options())) {
            IaKey client = ia.key(request.duid());
            if (allocation.withdrawOffer(client)) {
                Dhcp6Messages.DHCP6_OFFER_WITHDRAWN.log(LOG, client);
            }
        }
    }

    private static Step6 missingClientId(MessageType6 type) {
        return Step6.drop(Dhcp6DropReason.MISSING_CLIENT_ID, type + " without a (valid) Client Identifier");
    }

    private static Step6 notOurs(MessageType6 type, Optional<Duid> serverId) {
        return Step6.drop(Dhcp6DropReason.NOT_FOR_THIS_SERVER, type + " for server "
            + serverId.map(Duid::toColonHex).orElse("(malformed identifier)"));
    }
}
