package org.takahe.dhcp.exchange;

import org.takahe.dhcp.config.Options4;
import org.takahe.dhcp.config.Subnet4;
import org.takahe.dhcp.wire.Dhcp4Options;
import org.takahe.dhcp.wire.MessageType;
import org.takahe.dhcp.wire.StandardOptions;

/**
 * Adds the options of the reply: server identifier always; for OFFER/ACK the subnet's mask, routers,
 * DNS servers and domain name, and the lease and renewal times when a lease was granted (not for INFORM).
 * Every configured option is sent whether or not the client listed it in option 55.
 */
final class OptionsHandler implements Handler4 {

    @Override
    public Step handle(Request4 request, Reply4.Builder reply) {
        if (reply.type().isEmpty()) {
            return Step.CONTINUE;
        }
        Dhcp4Options.Builder options = reply.options();
        request.serverIdentifier().ifPresent(id -> options.address(StandardOptions.SERVER_IDENTIFIER, id));
        if (reply.type().get() == MessageType.NAK || reply.subnet().isEmpty()) {
            return Step.CONTINUE;
        }
        Subnet4 subnet = reply.subnet().get();
        if (reply.lease().isPresent()) {
            options.seconds(StandardOptions.LEASE_TIME, subnet.timers().validLifetime())
                .seconds(StandardOptions.RENEWAL_TIME, subnet.timers().renewTime())
                .seconds(StandardOptions.REBINDING_TIME, subnet.timers().rebindTime());
        }
        options.address(StandardOptions.SUBNET_MASK, subnet.prefix().maskAddress());
        Options4 configured = subnet.options();
        if (!configured.routers().isEmpty()) {
            options.addresses(StandardOptions.ROUTERS, configured.routers());
        }
        if (!configured.domainNameServers().isEmpty()) {
            options.addresses(StandardOptions.DOMAIN_NAME_SERVERS, configured.domainNameServers());
        }
        configured.domainName().ifPresent(name -> options.text(StandardOptions.DOMAIN_NAME, name));
        return Step.CONTINUE;
    }
}
