package org.takahe.netconf.rpc;

import java.util.Optional;
import org.w3c.dom.Element;

/**
 * The {@code <filter>} of get, get-config and create-subscription: subtree (RFC 6241 §6) or XPath
 * (§8.9).
 */
sealed interface DataFilter permits SubtreeFilter, XPathFilter {

    /**
     * Reads the operation's filter parameter.
     *
     * @return empty when there is none (everything is selected)
     */
    static Optional<DataFilter> of(Element operation) throws RpcException {
        Optional<Element> filter = NetconfXml.baseChild(operation, "filter");
        if (filter.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(ofFilterElement(filter.get()));
    }

    /** Reads a {@code <filter>} element, whatever its namespace (create-subscription has its own). */
    static DataFilter ofFilterElement(Element filter) throws RpcException {
        if (filter.getAttribute("type").equals("xpath")) {
            return XPathFilter.of(filter);
        }
        return SubtreeFilter.ofFilterElement(filter);
    }

    /** Removes from {@code data} (a {@code <data>} element) every child the filter does not select. */
    void apply(Element data, ListKeys keys) throws RpcException;
}
