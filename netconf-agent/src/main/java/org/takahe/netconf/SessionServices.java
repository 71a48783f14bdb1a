package org.takahe.netconf;

import org.takahe.netconf.framing.FramingLimits;
import org.takahe.netconf.rpc.DatastoreLocks;
import org.takahe.netconf.rpc.RpcDispatcher;
import org.takahe.netconf.rpc.SessionRegistry;

/**
 * What every session of one server shares. All of it is immutable or safe for concurrent use;
 * a session keeps its own state to itself.
 */
public record SessionServices(HelloExchange hello, RpcDispatcher dispatcher, DatastoreLocks locks,
        SessionRegistry sessions, FramingLimits limits, SessionListener listener) {
}
