package org.takahe.netconf.rpc;

import org.w3c.dom.Element;

/** What a successful operation puts in its rpc-reply. */
public sealed interface RpcOutput {

    /** {@code <ok/>}. */
    record Ok() implements RpcOutput {
    }

    /** A {@code <data>} element (in the base namespace), copied into the reply. */
    record Data(Element data) implements RpcOutput {
    }

    RpcOutput OK = new Ok();
}
