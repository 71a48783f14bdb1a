package org.takahe.netconf.rpc;

import java.util.Map;
import org.opendaylight.yangtools.yang.model.api.EffectiveModelContext;

/** The RFC 8526 operations, built on the RFC 6241 ones of a dispatcher. */
public final class NmdaOperations {

    private NmdaOperations() {
    }

    /**
     * get-data and edit-data, keyed for {@link RpcDispatcher#with}.
     *
     * @param base a dispatcher with get, get-config and edit-config
     */
    public static Map<String, RpcHandler> handlers(RpcDispatcher base, EffectiveModelContext schema) {
        return Map.of(
            RpcDispatcher.qualified(NmdaDatastore.NMDA_NS, "get-data"), new GetDataHandler(base.handler("get"),
                base.handler("get-config"), new ConfigFilter(schema), new ListKeys(schema)),
            RpcDispatcher.qualified(NmdaDatastore.NMDA_NS, "edit-data"), new EditDataHandler(base.handler("edit-config")));
    }
}
