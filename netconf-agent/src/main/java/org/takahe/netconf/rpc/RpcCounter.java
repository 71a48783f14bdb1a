package org.takahe.netconf.rpc;

/**
 * The rpc-layer counters that RFC 6022 keeps both per session and for the whole server
 * ({@code /netconf-state/sessions/session} and {@code /netconf-state/statistics}).
 */
public enum RpcCounter {
    /** A correct {@code <rpc>} arrived. */
    IN_RPCS,
    /** A message arrived where an {@code <rpc>} was expected but was not a correct one (XML or rpc layer). */
    IN_BAD_RPCS,
    /** An {@code <rpc-reply>} holding an {@code <rpc-error>} was sent. */
    OUT_RPC_ERRORS,
    /** A {@code <notification>} was sent. */
    OUT_NOTIFICATIONS
}
