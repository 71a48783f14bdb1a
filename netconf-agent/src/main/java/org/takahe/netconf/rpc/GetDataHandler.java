package org.takahe.netconf.rpc;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.takahe.datastore.ErrorTag;
import org.w3c.dom.Element;

/**
 * RFC 8526 §3.1.1 {@code <get-data>}. A conventional datastore is read as get-config reads it and
 * the operational one as get does (running with the state data), so the filters, with-defaults and
 * locks behave exactly as there; config-filter and max-depth then prune the result. Origin metadata
 * is not kept, so the origin parameters are refused.
 */
final class GetDataHandler implements RpcHandler {

    private static final Set<String> ORIGIN_PARAMETERS = Set.of("origin-filter", "negated-origin-filter",
        "with-origin");

    private final RpcHandler get;
    private final RpcHandler getConfig;
    private final ConfigFilter configFilter;
    private final ListKeys listKeys;

    GetDataHandler(RpcHandler get, RpcHandler getConfig, ConfigFilter configFilter, ListKeys listKeys) {
        this.get = get;
        this.getConfig = getConfig;
        this.configFilter = configFilter;
        this.listKeys = listKeys;
    }

    @Override
    public RpcOutput handle(RpcRequest request) throws RpcException {
        Element operation = request.operation();
        NmdaDatastore datastore = NmdaDatastore.read(operation);
        for (String parameter : ORIGIN_PARAMETERS) {
            if (NmdaDatastore.child(operation, parameter).isPresent()) {
                throw new RpcException(RpcError.notSupported(parameter + " (the origin feature)"));
            }
        }
        Optional<Boolean> keepConfig = configFilter(operation);
        OptionalInt maxDepth = maxDepth(operation);
        Optional<Element> withDefaults = NetconfXml.childElements(operation).stream()
            .filter(child -> NmdaTranslation.WITH_DEFAULTS_NS.equals(child.getNamespaceURI())).findFirst();
        if (withDefaults.isPresent() && datastore == NmdaDatastore.OPERATIONAL) {
            // RFC 8526: with-defaults on operational needs :with-operational-defaults, which is not advertised.
            throw new RpcException(RpcError.invalidValue("with-defaults",
                "with-defaults is not supported on the operational datastore"));
        }

        NmdaTranslation translation = NmdaTranslation.of(operation,
            datastore == NmdaDatastore.OPERATIONAL ? "get" : "get-config");
        datastore.conventional().ifPresent(translation::source);
        translation.filter(NmdaDatastore.child(operation, "subtree-filter"),
            NmdaDatastore.child(operation, "xpath-filter"));
        withDefaults.ifPresent(translation::move);
        RpcHandler reader = datastore == NmdaDatastore.OPERATIONAL ? get : getConfig;
        Element data = switch (reader.handle(new RpcRequest(translation.operation(), request.session()))) {
            case RpcOutput.Data found -> found.data();
            case RpcOutput.EncodedData encoded -> parseData(encoded.xml());
            case RpcOutput.Ok ok -> throw new IllegalStateException("a read answered ok");
            case RpcOutput.Parameters parameters -> throw new IllegalStateException("a read answered parameters");
        };
        keepConfig.ifPresent(keep -> configFilter.apply(data, keep));
        maxDepth.ifPresent(depth -> limitDepth(data, depth, 0));
        return new RpcOutput.Data(NmdaTranslation.inNmdaNamespace(data));
    }

    private static Optional<Boolean> configFilter(Element operation) throws RpcException {
        Optional<Element> element = NmdaDatastore.child(operation, "config-filter");
        if (element.isEmpty()) {
            return Optional.empty();
        }
        return switch (NetconfXml.text(element.get())) {
            case "true" -> Optional.of(Boolean.TRUE);
            case "false" -> Optional.of(Boolean.FALSE);
            default -> throw new RpcException(RpcError.invalidValue("config-filter", "config-filter is a boolean"));
        };
    }

    private static OptionalInt maxDepth(Element operation) throws RpcException {
        Optional<Element> element = NmdaDatastore.child(operation, "max-depth");
        if (element.isEmpty() || NetconfXml.text(element.get()).equals("unbounded")) {
            return OptionalInt.empty();
        }
        try {
            int depth = Integer.parseInt(NetconfXml.text(element.get()));
            if (depth >= 1 && depth <= 65535) {
                return OptionalInt.of(depth);
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new RpcException(RpcError.of(ErrorType.PROTOCOL, ErrorTag.INVALID_VALUE,
            "max-depth must be 1 to 65535 or unbounded").withInfo("bad-element", "max-depth"));
    }

    /**
     * Drops every node deeper than {@code maxDepth} (top-level nodes have depth 1); the keys of a list
     * entry at the limit stay, so the entries can be told apart.
     */
    private void limitDepth(Element parent, int maxDepth, int parentDepth) {
        List<Element> children = NetconfXml.childElements(parent);
        if (parentDepth == maxDepth) {
            Set<String> keys = parentDepth == 0 ? Set.of() : listKeys.of(parent);
            children.stream().filter(child -> !keys.contains(child.getLocalName())).forEach(parent::removeChild);
            return;
        }
        children.forEach(child -> limitDepth(child, maxDepth, parentDepth + 1));
    }

    private static Element parseData(byte[] xml) {
        try {
            return NetconfXml.parse(xml).getDocumentElement();
        } catch (NetconfXml.MalformedXmlException e) {
            throw new IllegalStateException("the data codec wrote XML that does not parse", e);
        }
    }
}
