package org.takahe.netconf.rpc;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.takahe.datastore.ConfigDatastore;
import org.takahe.datastore.DatastoreName;
import org.takahe.datastore.Edit;
import org.takahe.datastore.EditOperation;
import org.takahe.datastore.xml.XmlDataCodec;
import org.takahe.netconf.NetconfMessages;
import org.w3c.dom.Element;

/**
 * {@code <edit-config>} on candidate or running (RFC 6241 §7.2). Edits apply all or nothing, which
 * is what stop-on-error and rollback-on-error both promise; continue-on-error and test-only are
 * refused because this agent cannot honour them.
 */
final class EditConfigHandler implements RpcHandler {

    private static final Logger LOG = LoggerFactory.getLogger(EditConfigHandler.class);

    private final ConfigDatastore datastore;
    private final XmlDataCodec codec;
    private final DatastoreLocks locks;

    EditConfigHandler(ConfigDatastore datastore, XmlDataCodec codec, DatastoreLocks locks) {
        this.datastore = datastore;
        this.codec = codec;
        this.locks = locks;
    }

    @Override
    public RpcOutput handle(RpcRequest request) throws RpcException {
        Element operation = request.operation();
        DatastoreName target = DatastoreParameter.read(operation, "target",
            EnumSet.of(DatastoreName.CANDIDATE, DatastoreName.RUNNING));
        Optional<EditOperation> defaultOperation = defaultOperation(operation);
        checkOption(operation, "test-option", List.of("test-then-set", "set"));
        checkOption(operation, "error-option", List.of("stop-on-error", "rollback-on-error"));
        if (NetconfXml.baseChild(operation, "url").isPresent()) {
            throw new RpcException(RpcError.notSupported("the url capability"));
        }
        Element config = NetconfXml.requiredBaseChild(operation, "config");
        long sessionId = request.session().sessionId();
        locks.write(sessionId, () -> datastore.edit(target, codec.parseEdit(config, defaultOperation)), target);
        if (target == DatastoreName.RUNNING) {
            NetconfMessages.NETCONF_CONFIG_COMMITTED.log(LOG, sessionId, request.session().user());
        }
        return RpcOutput.OK;
    }

    /** The default-operation parameter; empty stands for "none". */
    private static Optional<EditOperation> defaultOperation(Element operation) throws RpcException {
        Optional<Element> element = NetconfXml.baseChild(operation, "default-operation");
        if (element.isEmpty()) {
            return Optional.of(EditOperation.MERGE);
        }
        return switch (NetconfXml.text(element.get())) {
            case "merge" -> Optional.of(EditOperation.MERGE);
            case "replace" -> Optional.of(EditOperation.REPLACE);
            case "none" -> Optional.empty();
            default -> throw new RpcException(RpcError.invalidValue("default-operation",
                "default-operation must be merge, replace or none"));
        };
    }

    /** Accepts an option whose value this agent honours; refuses the rest as not supported. */
    private static void checkOption(Element operation, String name, List<String> supported) throws RpcException {
        Optional<Element> element = NetconfXml.baseChild(operation, name);
        if (element.isPresent() && !supported.contains(NetconfXml.text(element.get()))) {
            throw new RpcException(RpcError.notSupported(name + " " + NetconfXml.text(element.get())));
        }
    }
}
