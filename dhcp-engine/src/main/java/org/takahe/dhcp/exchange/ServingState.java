package org.takahe.dhcp.exchange;

import org.takahe.dhcp.config.DhcpConfig;

/** A configuration and the chain built from it, swapped in together so an exchange never mixes two. */
public record ServingState(DhcpConfig config, HandlerChain chain) {
}
