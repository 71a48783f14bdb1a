package org.takahe.netconf.rpc;

import java.util.List;
import org.takahe.datastore.WithDefaultsMode;
import org.w3c.dom.Element;

/**
 * The {@code <with-defaults>} parameter of get and get-config (RFC 6243 §4.5.1). Without it the
 * basic mode, explicit, applies.
 */
final class WithDefaultsParameter {

    /** The server's basic mode: what is stored is what was set. */
    static final WithDefaultsMode BASIC_MODE = WithDefaultsMode.EXPLICIT;

    private WithDefaultsParameter() {
    }

    static WithDefaultsMode read(Element operation) throws RpcException {
        List<Element> given = NetconfXml.childElements(operation).stream()
            .filter(child -> "with-defaults".equals(child.getLocalName())
                && WithDefaultsMode.PARAMETER_NAMESPACE.equals(child.getNamespaceURI()))
            .toList();
        if (given.isEmpty()) {
            return BASIC_MODE;
        }
        if (given.size() > 1) {
            throw new RpcException(RpcError.badElement("with-defaults", "with-defaults is given more than once"));
        }
        String value = NetconfXml.text(given.getFirst());
        return WithDefaultsMode.fromXmlName(value).orElseThrow(() -> new RpcException(RpcError.invalidValue(
            "with-defaults", "with-defaults \"" + value + "\" is none of report-all, trim, explicit,"
                + " report-all-tagged")));
    }
}
