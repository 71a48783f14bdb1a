package org.takahe.dhcp.v6;

import java.net.Inet6Address;
import java.util.List;
import org.takahe.dhcp.config.v6.Ipv6Prefix;
import org.takahe.dhcp.stats.PoolUtilization;

/**
 * What the DHCPv6 engine tells the server about, one method per RFC 9243 notification the engine is the source of.
 * Per-message methods are called on worker threads, after the reply is decided and any lease change is durable,
 * before the reply is sent; they must return quickly and not throw (an exception is logged and otherwise ignored). Every method does nothing by
 * default, so a listener implements only what it forwards.
 */
public interface Dhcp6EventListener {

    /** Listens to nothing. */
    Dhcp6EventListener NONE = new Dhcp6EventListener() {
    };

    /** RFC 9243 decline-received: a client declined what it was given (duplicate address detection failed). */
    default void declineReceived(DeclineReceived event) {
    }

    /** RFC 9243 non-success-code-sent: a reply carried a status code other than Success, top level or in an IA. */
    default void nonSuccessCodeSent(NonSuccessCodeSent event) {
    }

    /** RFC 9243 invalid-client-detected: a client message was discarded as invalid (RFC 8415 §16). */
    default void invalidClientDetected(InvalidClientDetected event) {
    }

    /**
     * RFC 9243 address-pool-utilization-threshold-exceeded (an address pool, {@link PoolUtilization#type()} NA) or
     * prefix-pool-utilization-threshold-exceeded (PD): called on the engine's background lease thread, once per
     * crossing.
     */
    default void poolUtilizationThresholdReached(PoolUtilization utilization) {
    }

    /**
     * @param duid the client's DUID, lower-case hex without separators
     * @param addresses the declined addresses (IA_NA) that were the client's
     * @param prefixes the declined prefixes (IA_PD) that were the client's
     */
    record DeclineReceived(String duid, List<Inet6Address> addresses, List<Ipv6Prefix> prefixes) {
        public DeclineReceived {
            addresses = List.copyOf(addresses);
            prefixes = List.copyOf(prefixes);
        }
    }

    /**
     * @param duid the client's DUID, lower-case hex without separators
     * @param statusCode the RFC 8415 §21.13 status code (1 UnspecFail … 6 NoPrefixAvail)
     * @param message the status message sent with it
     */
    record NonSuccessCodeSent(String duid, int statusCode, String message) {
    }

    /**
     * @param messageType the discarded message's type name as RFC 8415 §7.3 spells it (e.g. "REQUEST")
     * @param duid the client's DUID, lower-case hex, empty when the message carried none
     * @param description why it was discarded
     */
    record InvalidClientDetected(String messageType, String duid, String description) {
    }
}
