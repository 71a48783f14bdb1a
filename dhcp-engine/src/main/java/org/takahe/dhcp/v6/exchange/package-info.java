/**
 * One DHCPv6 exchange, CoreDHCP style: the request unwrapped from its relays, then a short chain of small handlers
 * (validate, unicast policy, range selection, the message type's lease work, options), then the reply wrapped back
 * through every relay. Handlers see values only, never sockets or buffers.
 */
@NullMarked
package org.takahe.dhcp.v6.exchange;

import org.jspecify.annotations.NullMarked;
