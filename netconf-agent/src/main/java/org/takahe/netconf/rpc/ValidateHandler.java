package org.takahe.netconf.rpc;

import java.util.EnumSet;
import org.takahe.datastore.ConfigDatastore;
import org.takahe.datastore.DatastoreException;
import org.takahe.datastore.DatastoreName;

/**
 * {@code <validate>} (RFC 6241 §8.6, :validate:1.1): runs everything a commit of the source would
 * check (schema, mandatory nodes, uniqueness, references, the commit participants) and changes
 * nothing. The source is a datastore, a {@code file:} URL or inline {@code <config>}.
 */
final class ValidateHandler implements RpcHandler {

    private final ConfigDatastore datastore;
    private final ConfigLocations locations;

    ValidateHandler(ConfigDatastore datastore, ConfigLocations locations) {
        this.datastore = datastore;
        this.locations = locations;
    }

    @Override
    public RpcOutput handle(RpcRequest request) throws RpcException {
        ConfigLocation source = DatastoreParameter.location(request.operation(), "source",
            EnumSet.allOf(DatastoreName.class), true);
        try {
            datastore.validate(locations.read(source));
        } catch (DatastoreException e) {
            throw new RpcException(e);
        }
        return RpcOutput.OK;
    }
}
