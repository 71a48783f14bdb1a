package org.takahe.server.config.v6;

import org.takahe.dhcp.config.v6.Dhcp6Config;

/**
 * What serves a committed DHCPv6 configuration: the DHCPv6 engine ({@code Dhcp6Engine::apply}). An interface of
 * its own so the commit participant depends on nothing but the snapshot it hands over.
 */
@FunctionalInterface
public interface Dhcp6ConfigConsumer {

    /** Serves {@code config} from now on, in place of the one before. */
    void apply(Dhcp6Config config);
}
