package org.takahe.netconf.monitoring;

import java.util.List;
import java.util.Optional;
import javax.xml.XMLConstants;
import org.takahe.datastore.ErrorTag;
import org.takahe.netconf.rpc.ErrorType;
import org.takahe.netconf.rpc.NetconfXml;
import org.takahe.netconf.rpc.RpcError;
import org.takahe.netconf.rpc.RpcException;
import org.takahe.netconf.rpc.RpcHandler;
import org.takahe.netconf.rpc.RpcOutput;
import org.takahe.netconf.rpc.RpcRequest;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * RFC 6022 §3.1 {@code <get-schema>}: the text of a module or submodule exactly as the server
 * loaded it. Only the yang format is served.
 */
public final class GetSchemaHandler implements RpcHandler {

    /** The name this handler is registered under in the dispatcher. */
    public static final String OPERATION = "get-schema";

    private final SchemaSources sources;

    public GetSchemaHandler(SchemaSources sources) {
        this.sources = sources;
    }

    @Override
    public RpcOutput handle(RpcRequest request) throws RpcException {
        Element operation = request.operation();
        String identifier = parameter(operation, "identifier")
            .orElseThrow(() -> new RpcException(RpcError.missingElement("identifier")));
        Optional<String> version = parameter(operation, "version");
        boolean yang = formatIsYang(operation);
        List<SchemaSources.Source> found = yang ? sources.find(identifier, version) : List.of();
        if (found.isEmpty()) {
            throw new RpcException(RpcError.of(ErrorType.APPLICATION, ErrorTag.INVALID_VALUE,
                "no schema " + identifier + version.map(v -> "@" + v).orElse("") + (yang ? "" : " in that format"))
                .withAppTag("data-missing"));
        }
        if (found.size() > 1) {
            throw new RpcException(RpcError.of(ErrorType.APPLICATION, ErrorTag.OPERATION_FAILED,
                "schema " + identifier + " has more than one version; give the version").withAppTag("data-not-unique"));
        }
        Document document = NetconfXml.newDocument();
        Element data = document.createElementNS(NetconfMonitoringState.NAMESPACE, "data");
        data.setAttributeNS(XMLConstants.XMLNS_ATTRIBUTE_NS_URI, XMLConstants.XMLNS_ATTRIBUTE, NetconfMonitoringState.NAMESPACE);
        data.setTextContent(found.getFirst().text());
        document.appendChild(data);
        return new RpcOutput.Data(data);
    }

    private static Optional<String> parameter(Element operation, String name) {
        return child(operation, name).map(NetconfXml::text);
    }

    private static Optional<Element> child(Element operation, String name) {
        return NetconfXml.childElements(operation).stream()
            .filter(child -> NetconfMonitoringState.NAMESPACE.equals(child.getNamespaceURI())
                && name.equals(child.getLocalName()))
            .findFirst();
    }

    /**
     * format is an identityref defaulting to yang. A prefix must be bound to this module's namespace;
     * a bare name is read in the namespace of the element, as clients usually send it.
     */
    private static boolean formatIsYang(Element operation) throws RpcException {
        Optional<Element> format = child(operation, "format");
        if (format.isEmpty()) {
            return true;
        }
        String value = NetconfXml.text(format.get());
        int colon = value.indexOf(':');
        if (colon < 0) {
            return value.equals("yang");
        }
        String namespace = format.get().lookupNamespaceURI(value.substring(0, colon));
        if (namespace == null) {
            throw new RpcException(RpcError.invalidValue("format", "prefix " + value.substring(0, colon)
                + " is not declared"));
        }
        return NetconfMonitoringState.NAMESPACE.equals(namespace) && value.substring(colon + 1).equals("yang");
    }
}
