package org.takahe.netconf.rpc;

import java.util.Locale;

/** The layer an rpc-error belongs to (RFC 6241 §4.3). */
public enum ErrorType {
    TRANSPORT, RPC, PROTOCOL, APPLICATION;

    public String xmlName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
