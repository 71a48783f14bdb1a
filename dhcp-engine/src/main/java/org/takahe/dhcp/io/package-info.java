/**
 * The only Netty layer: one UDP channel per served interface, decoder, dispatcher to a bounded worker pool,
 * encoder, reply addressing.
 */
@NullMarked
package org.takahe.dhcp.io;

import org.jspecify.annotations.NullMarked;
