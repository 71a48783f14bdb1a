package org.takahe.dhcp.v6.exchange;

/** One small step of answering a DHCPv6 message. Handlers never see sockets or buffers. */
@FunctionalInterface
public interface Handler6 {

    Step6 handle(Request6 request, Reply6.Builder reply);
}
