package org.takahe.netconf.rpc;

import org.w3c.dom.Element;

/**
 * One operation to run.
 *
 * @param operation the single child of {@code <rpc>}, e.g. {@code <get-config>}
 */
public record RpcRequest(Element operation, SessionContext session) {
}
