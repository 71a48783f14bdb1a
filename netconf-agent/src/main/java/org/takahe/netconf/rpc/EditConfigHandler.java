package org.takahe.netconf.rpc;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.takahe.datastore.ConfigDatastore;
import org.takahe.datastore.DatastoreException;
import org.takahe.datastore.DatastoreName;
import org.takahe.datastore.Edit;
import org.takahe.datastore.EditOperation;
import org.takahe.datastore.EditOptions;
import org.takahe.datastore.xml.XmlDataCodec;
import org.takahe.netconf.NetconfMessages;
import org.w3c.dom.Element;

/**
 * {@code <edit-config>} on candidate or running (RFC 6241 §7.2), from inline {@code <config>} or a
 * {@code file:} URL, with every test-option and error-option; {@link EditOptions} says what each
 * means here. Under continue-on-error the reply carries one rpc-error per skipped edit, while the
 * edits that succeeded stay applied.
 */
final class EditConfigHandler implements RpcHandler {

    private static final Logger LOG = LoggerFactory.getLogger(EditConfigHandler.class);

    private final ConfigDatastore datastore;
    private final XmlDataCodec codec;
    private final DatastoreLocks locks;
    private final ConfigLocations locations;

    EditConfigHandler(ConfigDatastore datastore, XmlDataCodec codec, DatastoreLocks locks,
            ConfigLocations locations) {
        this.datastore = datastore;
        this.codec = codec;
        this.locks = locks;
        this.locations = locations;
    }

    @Override
    public RpcOutput handle(RpcRequest request) throws RpcException {
        Element operation = request.operation();
        DatastoreName target = DatastoreParameter.read(operation, "target",
            EnumSet.of(DatastoreName.CANDIDATE, DatastoreName.RUNNING));
        Optional<EditOperation> defaultOperation = defaultOperation(operation);
        EditOptions options = new EditOptions(
            option(operation, "test-option", EditOptions.TestOption::fromXmlName, EditOptions.TestOption.TEST_THEN_SET),
            option(operation, "error-option", EditOptions.ErrorOption::fromXmlName,
                EditOptions.ErrorOption.STOP_ON_ERROR));
        Element config = config(operation);
        long sessionId = request.session().sessionId();
        List<DatastoreException> skipped = new java.util.ArrayList<>();
        DatastoreLocks.Write write = () -> skipped.addAll(
            datastore.edit(target, codec.parseEdit(config, defaultOperation), options));
        if (target == DatastoreName.CANDIDATE) {
            locks.editCandidate(sessionId, write);
        } else {
            locks.write(sessionId, write, target);
        }
        if (target == DatastoreName.RUNNING && options.test() != EditOptions.TestOption.TEST_ONLY) {
            NetconfMessages.NETCONF_CONFIG_COMMITTED.log(LOG, sessionId, request.session().user());
        }
        if (!skipped.isEmpty()) {
            throw new RpcException(skipped.stream().map(RpcError::fromDatastore).toList());
        }
        return RpcOutput.OK;
    }

    /** The edits: inline {@code <config>}, or the {@code <config>} document a {@code <url>} names. */
    private Element config(Element operation) throws RpcException {
        Optional<Element> url = NetconfXml.baseChild(operation, "url");
        if (url.isEmpty()) {
            return NetconfXml.requiredBaseChild(operation, "config");
        }
        try {
            return locations.urls().readElement(NetconfXml.text(url.get()));
        } catch (DatastoreException e) {
            throw new RpcException(e);
        }
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

    private static <T> T option(Element operation, String name, Function<String, Optional<T>> parse, T absent)
            throws RpcException {
        Optional<Element> element = NetconfXml.baseChild(operation, name);
        if (element.isEmpty()) {
            return absent;
        }
        String value = NetconfXml.text(element.get());
        return parse.apply(value).orElseThrow(() -> new RpcException(RpcError.invalidValue(name,
            name + " \"" + value + "\" is not one RFC 6241 defines")));
    }
}
