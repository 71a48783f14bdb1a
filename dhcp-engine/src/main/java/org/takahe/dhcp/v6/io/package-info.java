/**
 * DHCPv6 transport on Netty: per served interface a socket for ff02::1:2 and one for unicast to its other addresses,
 * one socket per configured unicast address, a decoder, an encoder and the hand-off to the worker pool.
 */
@NullMarked
package org.takahe.dhcp.v6.io;

import org.jspecify.annotations.NullMarked;
