package org.takahe.netconf.rpc;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.takahe.datastore.DatastoreName;
import org.w3c.dom.Element;

/** Reads a datastore parameter such as {@code <source><running/></source>}. */
final class DatastoreParameter {

    /** The operations whose datastore parameter ietf-netconf-nmda augments with a datastore leaf. */
    private static final Set<String> NMDA_AUGMENTED = Set.of("lock", "unlock", "validate");

    private DatastoreParameter() {
    }

    /**
     * @param name "source" or "target"
     * @param allowed the datastores this operation accepts there
     */
    static DatastoreName read(Element operation, String name, Set<DatastoreName> allowed) throws RpcException {
        Element datastore = single(operation, name);
        if (NetconfXml.isBase(datastore, "url")) {
            throw new RpcException(RpcError.invalidValue(name,
                "a url cannot be the " + name + " of " + operation.getLocalName()));
        }
        return named(operation, name, datastore, allowed);
    }

    /**
     * A parameter that may also name a URL (:url) or, with {@code inline}, hold a {@code <config>}.
     */
    static ConfigLocation location(Element operation, String name, Set<DatastoreName> allowed, boolean inline)
            throws RpcException {
        Element choice = single(operation, name);
        if (NetconfXml.isBase(choice, "url")) {
            return new ConfigLocation.Url(NetconfXml.text(choice));
        }
        if (NetconfXml.isBase(choice, "config")) {
            if (!inline) {
                throw new RpcException(RpcError.invalidValue(name,
                    "inline configuration cannot be the " + name + " of " + operation.getLocalName()));
            }
            return new ConfigLocation.Inline(choice);
        }
        return new ConfigLocation.Datastore(named(operation, name, choice, allowed));
    }

    private static Element single(Element operation, String name) throws RpcException {
        Element parameter = NetconfXml.requiredBaseChild(operation, name);
        List<Element> choice = NetconfXml.childElements(parameter);
        if (choice.size() != 1) {
            throw new RpcException(RpcError.badElement(name, name + " must name exactly one datastore"));
        }
        return choice.getFirst();
    }

    private static DatastoreName named(Element operation, String name, Element datastore, Set<DatastoreName> allowed)
            throws RpcException {
        if (NetconfXml.BASE_NS.equals(operation.getNamespaceURI())
                && NMDA_AUGMENTED.contains(String.valueOf(operation.getLocalName()))
                && NmdaDatastore.NMDA_NS.equals(datastore.getNamespaceURI())
                && "datastore".equals(datastore.getLocalName())) {
            return nmda(operation, name, datastore, allowed);
        }
        for (DatastoreName candidate : allowed) {
            if (NetconfXml.isBase(datastore, candidate.xmlName())) {
                return candidate;
            }
        }
        throw new RpcException(RpcError.invalidValue(name,
            "datastore " + datastore.getLocalName() + " cannot be the " + name + " of " + operation.getLocalName()));
    }

    /**
     * The {@code datastore} leaf ietf-netconf-nmda adds to the target of lock and unlock and the
     * source of validate (RFC 8526 §3.2); operational, which this server cannot lock or validate,
     * is invalid-value, as the module asks.
     */
    private static DatastoreName nmda(Element operation, String name, Element datastore, Set<DatastoreName> allowed)
            throws RpcException {
        NmdaDatastore nmda = NmdaDatastore.parse(datastore);
        Optional<DatastoreName> conventional = nmda.conventional().filter(allowed::contains);
        if (conventional.isEmpty()) {
            throw new RpcException(RpcError.invalidValue("datastore", "datastore " + nmda.identity()
                + " cannot be the " + name + " of " + operation.getLocalName()));
        }
        return conventional.get();
    }
}
