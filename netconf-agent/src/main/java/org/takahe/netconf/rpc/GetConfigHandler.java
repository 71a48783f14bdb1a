package org.takahe.netconf.rpc;

import java.util.EnumSet;
import org.takahe.datastore.ConfigDatastore;
import org.takahe.datastore.DatastoreName;

/** {@code <get-config>}: the configuration in running, candidate or startup, optionally filtered. */
final class GetConfigHandler implements RpcHandler {

    private final ConfigDatastore datastore;
    private final DataElements dataElements;

    GetConfigHandler(ConfigDatastore datastore, DataElements dataElements) {
        this.datastore = datastore;
        this.dataElements = dataElements;
    }

    @Override
    public RpcOutput handle(RpcRequest request) throws RpcException {
        DatastoreName source = DatastoreParameter.read(request.operation(), "source",
            EnumSet.allOf(DatastoreName.class));
        return dataElements.toData(datastore.read(source), DataFilter.of(request.operation()),
            WithDefaultsParameter.read(request.operation()), false);
    }
}
