package org.takahe.netconf.rpc;

import java.util.Optional;
import org.takahe.datastore.DatastoreName;
import org.w3c.dom.Element;

/**
 * RFC 8526 §3.1.2 {@code <edit-data>} on running or candidate, done by edit-config so that edit
 * operations, validation, locks and change notifications are the same. Startup is written only by
 * copy-config and operational not at all, so both are refused with invalid-value as RFC 8526 asks.
 */
final class EditDataHandler implements RpcHandler {

    private final RpcHandler editConfig;

    EditDataHandler(RpcHandler editConfig) {
        this.editConfig = editConfig;
    }

    @Override
    public RpcOutput handle(RpcRequest request) throws RpcException {
        Element operation = request.operation();
        NmdaDatastore datastore = NmdaDatastore.read(operation);
        DatastoreName target = datastore.conventional()
            .filter(name -> name == DatastoreName.RUNNING || name == DatastoreName.CANDIDATE)
            .orElseThrow(() -> new RpcException(RpcError.invalidValue("datastore",
                "the " + datastore.identity() + " datastore cannot be edited with edit-data")));
        Optional<Element> config = NmdaDatastore.child(operation, "config");
        Optional<Element> url = NmdaDatastore.child(operation, "url");
        if (config.isEmpty() && url.isEmpty()) {
            throw new RpcException(RpcError.missingElement("config"));
        }

        NmdaTranslation translation = NmdaTranslation.of(operation, "edit-config");
        translation.target(target);
        NmdaDatastore.child(operation, "default-operation")
            .ifPresent(element -> translation.text("default-operation", NetconfXml.text(element)));
        if (config.isPresent()) {
            translation.moveChildren(config.get(), "config");
        } else {
            translation.text("url", NetconfXml.text(url.orElseThrow()));
        }
        return editConfig.handle(new RpcRequest(translation.operation(), request.session()));
    }
}
