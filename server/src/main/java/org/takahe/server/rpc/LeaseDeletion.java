package org.takahe.server.rpc;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.takahe.dhcp.config.v6.Ipv6Prefix;
import org.takahe.lease.Lease;
import org.takahe.lease.LeaseKey;
import org.takahe.lease.LeaseStore;
import org.takahe.lease.LeaseStoreException;
import org.takahe.lease.LeaseType;
import org.takahe.datastore.ErrorTag;
import org.takahe.netconf.rpc.ErrorType;
import org.takahe.netconf.rpc.NetconfXml;
import org.takahe.netconf.rpc.RpcDispatcher;
import org.takahe.netconf.rpc.RpcError;
import org.takahe.netconf.rpc.RpcException;
import org.takahe.netconf.rpc.RpcHandler;
import org.takahe.netconf.rpc.RpcOutput;
import org.takahe.netconf.rpc.RpcRequest;
import org.w3c.dom.Element;

/**
 * The lease deletion operations: takahe-dhcpv4-server's delete-address-lease, and ietf-dhcpv6-server's
 * delete-address-lease and delete-prefix-lease (RFC 9243). Each removes one lease from the store, durably, and
 * answers with a return-message; the client is not told. A lease that does not exist is an error, as the RFC 9243
 * input's leafref to the active leases makes it (error-app-tag instance-required). The removal itself goes through
 * the engine of the lease's family, which logs it and looks at its pools' use again.
 */
public final class LeaseDeletion {
    private static final String V4 = "urn:takahe:params:xml:ns:yang:takahe-dhcpv4-server";
    private static final String V6 = "urn:ietf:params:xml:ns:yang:ietf-dhcpv6-server";

    /** How an engine removes one of its leases, durably. */
    @FunctionalInterface
    public interface Removal {
        void remove(LeaseKey key) throws LeaseStoreException;
    }

    private final LeaseStore store;
    private final Removal v4;
    private final Removal v6;

    /** @param store where the lease is looked up first, so a missing one is an error and the answer names its holder */
    public LeaseDeletion(LeaseStore store, Removal v4, Removal v6) {
        this.store = store;
        this.v4 = v4;
        this.v6 = v6;
    }

    /** The operations, by the name the NETCONF dispatcher routes them by. */
    public Map<String, RpcHandler> operations() {
        return Map.of(
            RpcDispatcher.qualified(V4, "delete-address-lease"),
            request -> delete(request, "lease-address-to-delete", LeaseDeletion::v4Key),
            RpcDispatcher.qualified(V6, "delete-address-lease"),
            request -> delete(request, "lease-address-to-delete", LeaseDeletion::addressKey),
            RpcDispatcher.qualified(V6, "delete-prefix-lease"),
            request -> delete(request, "lease-prefix-to-delete", LeaseDeletion::prefixKey));
    }

    private RpcOutput delete(RpcRequest request, String inputLeaf, Function<String, Optional<LeaseKey>> parse)
            throws RpcException {
        Element operation = request.operation();
        String namespace = operation.getNamespaceURI();
        Element input = NetconfXml.childElements(operation).stream()
            .filter(child -> inputLeaf.equals(child.getLocalName()) && namespace.equals(child.getNamespaceURI()))
            .findFirst().orElseThrow(() -> new RpcException(RpcError.missingElement(inputLeaf)));
        String text = NetconfXml.text(input).strip();
        LeaseKey key = parse.apply(text).orElseThrow(() -> new RpcException(RpcError.invalidValue(inputLeaf,
            "'" + text + "' is not " + (inputLeaf.contains("prefix") ? "an IPv6 prefix" : "an address of this family"))));
        Optional<Lease> lease = store.find(key);
        if (lease.isEmpty()) {
            throw new RpcException(RpcError.invalidValue(inputLeaf, "no active lease on " + text)
                .withAppTag("instance-required"));
        }
        try {
            (key.type() == LeaseType.V4 ? v4 : v6).remove(key);
        } catch (LeaseStoreException e) {
            throw new RpcException(RpcError.of(ErrorType.APPLICATION, ErrorTag.OPERATION_FAILED,
                "the lease on " + text + " could not be removed: " + e.getMessage()));
        }
        Element message = operation.getOwnerDocument().createElementNS(namespace, "return-message");
        message.setTextContent("lease on " + text + " of " + lease.get().client() + " deleted");
        return new RpcOutput.Parameters(List.of(message));
    }

    private static Optional<LeaseKey> v4Key(String text) {
        return literal(text).filter(Inet4Address.class::isInstance).map(a -> LeaseKey.v4((Inet4Address) a));
    }

    private static Optional<LeaseKey> addressKey(String text) {
        return literal(text).filter(Inet6Address.class::isInstance).map(a -> LeaseKey.na((Inet6Address) a));
    }

    private static Optional<LeaseKey> prefixKey(String text) {
        try {
            Ipv6Prefix prefix = Ipv6Prefix.parse(text);
            return Optional.of(LeaseKey.pd(prefix.networkAddress(), prefix.length()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static Optional<InetAddress> literal(String text) {
        try {
            return Optional.of(InetAddress.ofLiteral(text));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
