/**
 * DHCPv6 wire format (RFC 8415 and the option RFCs): immutable message and option records and a codec over
 * ByteBuffer. Like its parent package it imports nothing else of the engine and no Netty; it reuses the parent's
 * {@link org.takahe.dhcp.wire.Octets}, field codec and option tables ({@link org.takahe.dhcp.wire.StandardOptions6}).
 */
@NullMarked
package org.takahe.dhcp.wire.v6;

import org.jspecify.annotations.NullMarked;
