package org.takahe.netconf.rpc;

import java.util.List;
import java.util.Optional;
import org.takahe.datastore.DatastoreException;
import org.takahe.datastore.ErrorTag;

/**
 * One {@code <rpc-error>} (RFC 6241 §4.3); the severity is always "error".
 *
 * @param appTag the error-app-tag, when a standard one applies (e.g. RFC 6022's "data-missing")
 * @param path the error-path, with module prefixes (e.g. {@code /t4s:dhcpv4-server}), when known
 * @param info error-info children in the base namespace, e.g. bad-element or session-id
 */
public record RpcError(ErrorType type, ErrorTag tag, Optional<String> appTag, Optional<String> path, String message,
        List<Info> info) {

    /** One error-info child: {@code <name>value</name>}. */
    public record Info(String name, String value) {
    }

    public RpcError {
        info = List.copyOf(info);
    }

    public static RpcError of(ErrorType type, ErrorTag tag, String message) {
        return new RpcError(type, tag, Optional.empty(), Optional.empty(), message, List.of());
    }

    public RpcError withInfo(String name, String value) {
        List<Info> more = new java.util.ArrayList<>(info);
        more.add(new Info(name, value));
        return new RpcError(type, tag, appTag, path, message, more);
    }

    public RpcError withAppTag(String value) {
        return new RpcError(type, tag, Optional.of(value), path, message, info);
    }

    /** A parameter of the operation is absent. */
    public static RpcError missingElement(String element) {
        return of(ErrorType.PROTOCOL, ErrorTag.MISSING_ELEMENT, "missing element: " + element)
            .withInfo("bad-element", element);
    }

    /** A parameter of the operation is present but wrong. */
    public static RpcError badElement(String element, String why) {
        return of(ErrorType.PROTOCOL, ErrorTag.BAD_ELEMENT, why).withInfo("bad-element", element);
    }

    public static RpcError invalidValue(String element, String why) {
        return of(ErrorType.PROTOCOL, ErrorTag.INVALID_VALUE, why).withInfo("bad-element", element);
    }

    /** Something valid NETCONF that this agent does not do (yet). */
    public static RpcError notSupported(String what) {
        return of(ErrorType.PROTOCOL, ErrorTag.OPERATION_NOT_SUPPORTED, what + " is not supported");
    }

    /**
     * A datastore refused an operation. Lock conflicts are protocol errors, the rest are about the
     * data. The error-info carries the bad attribute, element and namespace the datastore named.
     */
    public static RpcError fromDatastore(DatastoreException e) {
        ErrorType type = switch (e.tag()) {
            case IN_USE, LOCK_DENIED -> ErrorType.PROTOCOL;
            case MALFORMED_MESSAGE -> ErrorType.RPC;
            default -> ErrorType.APPLICATION;
        };
        String message = e.getMessage() == null ? e.tag().xmlName() : e.getMessage();
        List<Info> info = new java.util.ArrayList<>();
        e.badAttribute().ifPresent(name -> info.add(new Info("bad-attribute", name)));
        e.badElement().ifPresent(name -> info.add(new Info("bad-element", name)));
        e.badNamespace().ifPresent(name -> info.add(new Info("bad-namespace", name)));
        return new RpcError(type, e.tag(), e.errorAppTag(), e.errorPath(), message, info);
    }
}
