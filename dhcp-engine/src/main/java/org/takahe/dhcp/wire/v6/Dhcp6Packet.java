package org.takahe.dhcp.wire.v6;

/**
 * One DHCPv6 message as carried in a UDP datagram: a client/server message (RFC 8415 §8) or a relay agent
 * message (§9) that wraps another.
 */
public sealed interface Dhcp6Packet permits Dhcp6Message, RelayMessage6 {

    MessageType6 type();

    Options6 options();
}
