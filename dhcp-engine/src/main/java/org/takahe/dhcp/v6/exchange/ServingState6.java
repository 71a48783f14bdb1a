package org.takahe.dhcp.v6.exchange;

import org.takahe.dhcp.config.v6.Dhcp6Config;
import org.takahe.dhcp.wire.v6.Duid;

/**
 * What one configuration serves with: the snapshot, its handler chain and the server DUID in force. Replaced whole
 * by {@link ExchangeService6#install}; an exchange reads it once.
 */
public record ServingState6(Dhcp6Config config, HandlerChain6 chain, Duid serverDuid) {
}
