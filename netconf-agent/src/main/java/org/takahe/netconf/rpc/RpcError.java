package org.takahe.netconf.rpc;

import java.util.List;
import java.util.Optional;
import org.takahe.datastore.DatastoreException;
import org.takahe.datastore.ErrorTag;

/**
 * One {@code <rpc-error>} (RFC 6241 §4.3); the severity is always "error".
 *
 * @param path the error-path, with module prefixes (e.g. {@code /t4s:dhcpv4-server}), when known
 * @param info error-info children in the base namespace, e.g. bad-element or session-id
 */
public record RpcError(ErrorType type, ErrorTag tag, Optional<String> path, String message, List<Info> info) {

    /** One error-info child: {@code <name>value</name>}. */
    public record Info(String name, String value) {
    }

    public RpcError {
        info = List.copyOf(info);
    }

    public static RpcError of(ErrorType type, ErrorTag tag, String message) {
        return new RpcError(type, tag, Optional.empty(), message, List.of());
    }

    public RpcError withInfo(String name, String value) {
        List<Info> more = new java.util.ArrayList<>(info);
        more.add(new Info(name, value));
        return new RpcError(type, tag, path, message, more);
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
     * data. DatastoreException does not say which element was bad (its path may be the parent's), so
     * no bad-element is guessed; the message names it.
     */
    public static RpcError fromDatastore(DatastoreException e) {
        ErrorType type = switch (e.tag()) {
            case IN_USE, LOCK_DENIED -> ErrorType.PROTOCOL;
            case MALFORMED_MESSAGE -> ErrorType.RPC;
            default -> ErrorType.APPLICATION;
        };
        String message = e.getMessage() == null ? e.tag().xmlName() : e.getMessage();
        return new RpcError(type, e.tag(), e.errorPath(), message, List.of());
    }
}
