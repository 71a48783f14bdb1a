package org.takahe.netconf.rpc;

import java.util.Optional;
import org.opendaylight.yangtools.yang.data.api.schema.ContainerNode;
import org.takahe.datastore.ConfigDatastore;
import org.takahe.datastore.DatastoreName;
import org.takahe.datastore.WithDefaultsMode;
import org.takahe.datastore.xml.XmlDataCodec;
import org.takahe.netconf.StateProvider;

/** {@code <get>}: running configuration with the state data laid over it, optionally filtered. */
final class GetHandler implements RpcHandler {

    private final ConfigDatastore datastore;
    private final StateProvider state;
    private final DataElements dataElements;

    GetHandler(ConfigDatastore datastore, StateProvider state, DataElements dataElements) {
        this.datastore = datastore;
        this.state = state;
        this.dataElements = dataElements;
    }

    @Override
    public RpcOutput handle(RpcRequest request) throws RpcException {
        // Read the filter first: a bad one fails before any state is gathered.
        Optional<DataFilter> filter = DataFilter.of(request.operation());
        WithDefaultsMode mode = WithDefaultsParameter.read(request.operation());
        ContainerNode merged = XmlDataCodec.merge(datastore.schema(), datastore.read(DatastoreName.RUNNING),
            state.state());
        return dataElements.toData(merged, filter, mode, true);
    }
}
