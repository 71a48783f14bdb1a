package org.takahe.netconf.rpc;

import org.opendaylight.yangtools.yang.data.api.schema.ContainerNode;
import org.takahe.datastore.ConfigDatastore;
import org.takahe.datastore.ConfigUrls;
import org.takahe.datastore.DatastoreException;
import org.takahe.datastore.xml.XmlDataCodec;

/** Reads the whole configuration a {@link ConfigLocation} holds, for copy-config and validate. */
final class ConfigLocations {

    private final ConfigDatastore datastore;
    private final XmlDataCodec codec;

    ConfigLocations(ConfigDatastore datastore, XmlDataCodec codec) {
        this.datastore = datastore;
        this.codec = codec;
    }

    ContainerNode read(ConfigLocation location) throws RpcException {
        try {
            return switch (location) {
                case ConfigLocation.Datastore named -> datastore.read(named.name());
                case ConfigLocation.Url url -> urls().read(url.url());
                case ConfigLocation.Inline inline -> codec.parseConfig(inline.config());
            };
        } catch (DatastoreException e) {
            throw new RpcException(e);
        }
    }

    /** The :url files, or operation-not-supported when this datastore serves none. */
    ConfigUrls urls() throws RpcException {
        return datastore.urls().orElseThrow(() -> new RpcException(RpcError.notSupported("the url capability")));
    }
}
