package org.takahe.netconf.rpc;

/** One NETCONF operation, registered in the {@link RpcDispatcher} under its element name. */
@FunctionalInterface
public interface RpcHandler {

    /**
     * Runs the operation. Called on the session's own thread, so it may block.
     *
     * @throws RpcException to answer with an rpc-error; nothing must have changed
     */
    RpcOutput handle(RpcRequest request) throws RpcException;
}
