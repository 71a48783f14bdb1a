/**
 * The only Netty layer: one UDP channel per served interface, decoder, dispatcher to a bounded worker pool,
 * encoder, reply addressing and delivery (including the neighbour entry a unicast to a new address needs).
 */
@NullMarked
package org.takahe.dhcp.io;

import org.jspecify.annotations.NullMarked;
