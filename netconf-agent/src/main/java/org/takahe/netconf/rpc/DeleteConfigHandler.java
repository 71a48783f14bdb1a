package org.takahe.netconf.rpc;

import java.util.EnumSet;
import org.takahe.datastore.ConfigDatastore;
import org.takahe.datastore.DatastoreException;
import org.takahe.datastore.DatastoreName;

/**
 * {@code <delete-config>} (RFC 6241 §7.4): startup or a {@code file:} URL. Running cannot be
 * deleted, and the candidate is emptied by discard-changes or copy-config, so both are an
 * invalid-value for target.
 */
final class DeleteConfigHandler implements RpcHandler {

    private final ConfigDatastore datastore;
    private final ConfigLocations locations;
    private final DatastoreLocks locks;

    DeleteConfigHandler(ConfigDatastore datastore, ConfigLocations locations, DatastoreLocks locks) {
        this.datastore = datastore;
        this.locations = locations;
        this.locks = locks;
    }

    @Override
    public RpcOutput handle(RpcRequest request) throws RpcException {
        ConfigLocation target = DatastoreParameter.location(request.operation(), "target",
            EnumSet.of(DatastoreName.STARTUP), false);
        switch (target) {
            case ConfigLocation.Url url -> {
                try {
                    locations.urls().delete(url.url());
                } catch (DatastoreException e) {
                    throw new RpcException(e);
                }
            }
            default -> locks.write(request.session().sessionId(), datastore::deleteStartup, DatastoreName.STARTUP);
        }
        return RpcOutput.OK;
    }
}
