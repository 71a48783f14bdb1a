/**
 * DHCPv4 wire format: immutable message records and a lenient codec over ByteBuffer; and the option definitions,
 * tables and field codec that DHCPv6 ({@code wire.v6}) shares. Imports nothing else of the engine and no Netty, so
 * every other layer may use it.
 */
@NullMarked
package org.takahe.dhcp.wire;

import org.jspecify.annotations.NullMarked;
