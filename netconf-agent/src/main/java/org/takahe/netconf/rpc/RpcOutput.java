package org.takahe.netconf.rpc;

import java.util.List;
import org.w3c.dom.Element;

/** What a successful operation puts in its rpc-reply. */
public sealed interface RpcOutput {

    /** {@code <ok/>}. */
    record Ok() implements RpcOutput {
    }

    /**
     * The output parameters of a data model's operation (RFC 7950 §7.14.4): elements in the module's namespace,
     * placed directly in the rpc-reply. No parameters at all is answered with {@code <ok/>}.
     */
    record Parameters(List<Element> children) implements RpcOutput {
        public Parameters {
            children = List.copyOf(children);
        }
    }

    /** A {@code <data>} element (in the base namespace), copied into the reply. */
    record Data(Element data) implements RpcOutput {
    }

    /**
     * A {@code <data>} element already encoded as UTF-8 XML, without a declaration. Large reads
     * with nothing to filter take this path and never become a DOM.
     */
    record EncodedData(byte[] xml) implements RpcOutput {
    }

    RpcOutput OK = new Ok();
}
