package org.takahe.netconf.rpc;

/** {@code <close-session>}: answer ok, then end the session (which releases its locks). */
final class CloseSessionHandler implements RpcHandler {

    @Override
    public RpcOutput handle(RpcRequest request) {
        request.session().closeAfterReply();
        return RpcOutput.OK;
    }
}
