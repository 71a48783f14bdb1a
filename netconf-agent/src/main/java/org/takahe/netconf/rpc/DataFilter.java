package org.takahe.netconf.rpc;

import java.util.Optional;
import org.w3c.dom.Element;

/** The {@code <filter>} of get and get-config: subtree (RFC 6241 §6) or XPath (§8.9). */
sealed interface DataFilter permits SubtreeFilter, XPathFilter {

    /**
     * Reads the operation's filter parameter.
     *
     * @return empty when there is none (everything is selected)
     */
    static Optional<DataFilter> of(Element operation) throws RpcException {
        Optional<Element> filter = NetconfXml.baseChild(operation, "filter");
        if (filter.isPresent() && filter.get().getAttribute("type").equals("xpath")) {
            return Optional.of(XPathFilter.of(filter.get()));
        }
        return SubtreeFilter.of(operation).map(DataFilter.class::cast);
    }

    /** Removes from {@code data} (a {@code <data>} element) every child the filter does not select. */
    void apply(Element data, ListKeys keys) throws RpcException;
}
