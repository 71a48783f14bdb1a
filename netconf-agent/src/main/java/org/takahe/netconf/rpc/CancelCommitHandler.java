package org.takahe.netconf.rpc;

import java.util.Optional;

/** {@code <cancel-commit>} (RFC 6241 §8.4.4.1): rolls back the pending confirmed commit now. */
final class CancelCommitHandler implements RpcHandler {

    private final ConfirmedCommits confirmedCommits;

    CancelCommitHandler(ConfirmedCommits confirmedCommits) {
        this.confirmedCommits = confirmedCommits;
    }

    @Override
    public RpcOutput handle(RpcRequest request) throws RpcException {
        Optional<String> persistId = NetconfXml.baseChild(request.operation(), "persist-id").map(NetconfXml::text);
        confirmedCommits.cancel(request.session().sessionId(), persistId);
        return RpcOutput.OK;
    }
}
