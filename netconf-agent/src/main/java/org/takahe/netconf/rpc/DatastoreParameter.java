package org.takahe.netconf.rpc;

import java.util.List;
import java.util.Set;
import org.takahe.datastore.DatastoreName;
import org.w3c.dom.Element;

/** Reads a datastore parameter such as {@code <source><running/></source>}. */
final class DatastoreParameter {

    private DatastoreParameter() {
    }

    /**
     * @param name "source" or "target"
     * @param allowed the datastores this operation accepts there
     */
    static DatastoreName read(Element operation, String name, Set<DatastoreName> allowed) throws RpcException {
        Element parameter = NetconfXml.requiredBaseChild(operation, name);
        List<Element> choice = NetconfXml.childElements(parameter);
        if (choice.size() != 1) {
            throw new RpcException(RpcError.badElement(name, name + " must name exactly one datastore"));
        }
        Element datastore = choice.getFirst();
        if (NetconfXml.isBase(datastore, "url")) {
            throw new RpcException(RpcError.notSupported("the url capability"));
        }
        for (DatastoreName candidate : allowed) {
            if (NetconfXml.isBase(datastore, candidate.xmlName())) {
                return candidate;
            }
        }
        throw new RpcException(RpcError.invalidValue(name,
            "datastore " + datastore.getLocalName() + " cannot be the " + name + " of " + operation.getLocalName()));
    }
}
