package org.takahe.dhcp.exchange;

/** One small step of answering a DHCPv4 request. Handlers never see sockets or buffers. */
@FunctionalInterface
public interface Handler4 {

    Step handle(Request4 request, Reply4.Builder reply);
}
