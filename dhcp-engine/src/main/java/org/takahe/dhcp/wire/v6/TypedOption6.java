package org.takahe.dhcp.wire.v6;

/**
 * An option value with a layout of its own, which knows its code and encodes itself; {@link Options6Builder}
 * takes any of them. The DUID is not one: the same value is the client's or the server's identifier.
 */
public sealed interface TypedOption6
    permits IaNa, IaPd, IaAddress, IaPrefix, StatusCode, VendorOptions, RemoteId, ClientLinkLayerAddress {

    /** The option as it goes on the wire. */
    RawOption6 toOption();
}
