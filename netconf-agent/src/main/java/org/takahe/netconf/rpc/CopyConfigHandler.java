package org.takahe.netconf.rpc;

import java.util.EnumSet;
import org.opendaylight.yangtools.yang.data.api.schema.ContainerNode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.takahe.datastore.ConfigDatastore;
import org.takahe.datastore.DatastoreName;
import org.takahe.netconf.NetconfMessages;

/**
 * {@code <copy-config>} (RFC 6241 §7.3): replaces the whole target (running, candidate, startup or
 * a {@code file:} URL) with the source (a datastore, a URL or inline {@code <config>}). To running
 * it is a commit: validated, and only if the commit participants agree.
 */
final class CopyConfigHandler implements RpcHandler {

    private static final Logger LOG = LoggerFactory.getLogger(CopyConfigHandler.class);

    private final ConfigDatastore datastore;
    private final ConfigLocations locations;
    private final DatastoreLocks locks;

    CopyConfigHandler(ConfigDatastore datastore, ConfigLocations locations, DatastoreLocks locks) {
        this.datastore = datastore;
        this.locations = locations;
        this.locks = locks;
    }

    @Override
    public RpcOutput handle(RpcRequest request) throws RpcException {
        ConfigLocation target = DatastoreParameter.location(request.operation(), "target",
            EnumSet.allOf(DatastoreName.class), false);
        ConfigLocation source = DatastoreParameter.location(request.operation(), "source",
            EnumSet.allOf(DatastoreName.class), true);
        if (source.equals(target)) {
            throw new RpcException(RpcError.invalidValue("target", "source and target are the same"));
        }
        ContainerNode content = locations.read(source);
        long sessionId = request.session().sessionId();
        switch (target) {
            case ConfigLocation.Datastore(DatastoreName name) when name == DatastoreName.CANDIDATE ->
                locks.editCandidate(sessionId, () -> datastore.copy(name, content));
            case ConfigLocation.Datastore(DatastoreName name) -> {
                locks.write(sessionId, () -> datastore.copy(name, content), name);
                if (name == DatastoreName.RUNNING) {
                    NetconfMessages.NETCONF_CONFIG_COMMITTED.log(LOG, sessionId, request.session().user());
                }
            }
            case ConfigLocation.Url url -> {
                try {
                    locations.urls().write(url.url(), content);
                } catch (org.takahe.datastore.DatastoreException e) {
                    throw new RpcException(e);
                }
            }
            case ConfigLocation.Inline inline -> throw new IllegalStateException("inline target was refused");
        }
        return RpcOutput.OK;
    }
}
