package org.takahe.netconf.rpc;

import java.util.Locale;
import java.util.Optional;
import org.takahe.datastore.DatastoreName;
import org.w3c.dom.Element;

/**
 * The NMDA datastores of RFC 8342 that this server has, as named by an identityref of
 * ietf-datastores in get-data and edit-data (RFC 8526). Operational is running with the state data.
 */
enum NmdaDatastore {
    RUNNING(Optional.of(DatastoreName.RUNNING)),
    CANDIDATE(Optional.of(DatastoreName.CANDIDATE)),
    STARTUP(Optional.of(DatastoreName.STARTUP)),
    OPERATIONAL(Optional.empty());

    static final String NMDA_NS = "urn:ietf:params:xml:ns:yang:ietf-netconf-nmda";
    static final String DATASTORES_NS = "urn:ietf:params:xml:ns:yang:ietf-datastores";

    private final Optional<DatastoreName> conventional;

    NmdaDatastore(Optional<DatastoreName> conventional) {
        this.conventional = conventional;
    }

    /** The name of its identity in ietf-datastores. */
    String identity() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The RFC 6241 datastore behind it; empty for operational. */
    Optional<DatastoreName> conventional() {
        return conventional;
    }

    /**
     * Reads the mandatory {@code <datastore>} parameter, e.g. {@code ds:running} with ds bound to
     * ietf-datastores. A name without a prefix is taken as one of ietf-datastores too, since no
     * other module defines datastores this server has.
     *
     * @throws RpcException invalid-value for a datastore this server does not have (RFC 8526)
     */
    static NmdaDatastore read(Element operation) throws RpcException {
        return parse(child(operation, "datastore")
            .orElseThrow(() -> new RpcException(RpcError.missingElement("datastore"))));
    }

    /** Reads one {@code <datastore>} element holding an identity of ietf-datastores. */
    static NmdaDatastore parse(Element element) throws RpcException {
        String value = NetconfXml.text(element);
        int colon = value.indexOf(':');
        String name = value.substring(colon + 1);
        if (colon >= 0 && !DATASTORES_NS.equals(element.lookupNamespaceURI(value.substring(0, colon)))) {
            throw new RpcException(RpcError.invalidValue("datastore", "datastore " + value
                + " is not an identity of ietf-datastores"));
        }
        for (NmdaDatastore datastore : values()) {
            if (datastore.identity().equals(name)) {
                return datastore;
            }
        }
        throw new RpcException(RpcError.invalidValue("datastore", "this server has no datastore " + value));
    }

    /** A parameter of an ietf-netconf-nmda operation. */
    static Optional<Element> child(Element operation, String localName) {
        return NetconfXml.childElements(operation).stream()
            .filter(child -> NMDA_NS.equals(child.getNamespaceURI()) && localName.equals(child.getLocalName()))
            .findFirst();
    }
}
