package org.takahe.dhcp.exchange;

import java.net.Inet4Address;
import java.util.Optional;
import org.takahe.dhcp.config.Subnet4;
import org.takahe.dhcp.wire.Dhcp4Message;
import org.takahe.dhcp.wire.Dhcp4Options;
import org.takahe.dhcp.wire.Ipv4Bytes;
import org.takahe.dhcp.wire.MessageType;
import org.takahe.dhcp.wire.Octets;
import org.takahe.dhcp.wire.StandardOptions;
import org.takahe.lease.Lease4;

/** A reply ready to send: the message and its type (never NAK-vs-ACK guessing from options). */
public record Reply4(Dhcp4Message message, MessageType type) {

    public static Builder builder(Request4 request) {
        return new Builder(request);
    }

    /**
     * The reply so far, filled in by the handler chain; also carries what earlier handlers found
     * (the subnet, the lease) to later ones. One per exchange, used by one thread.
     */
    public static final class Builder {
        private final Request4 request;
        private final Dhcp4Options.Builder options = Dhcp4Options.builder();
        private Optional<MessageType> type = Optional.empty();
        private Optional<Subnet4> subnet = Optional.empty();
        private Optional<Lease4> lease = Optional.empty();

        private Builder(Request4 request) {
            this.request = request;
        }

        /** Sets what is sent; without a type nothing is sent (RELEASE, DECLINE). */
        public Builder type(MessageType replyType) {
            this.type = Optional.of(replyType);
            return this;
        }

        public Optional<MessageType> type() {
            return type;
        }

        public Builder subnet(Subnet4 selected) {
            this.subnet = Optional.of(selected);
            return this;
        }

        public Optional<Subnet4> subnet() {
            return subnet;
        }

        /** The offered or committed lease; its address becomes yiaddr. */
        public Builder lease(Lease4 granted) {
            this.lease = Optional.of(granted);
            return this;
        }

        public Optional<Lease4> lease() {
            return lease;
        }

        public Dhcp4Options.Builder options() {
            return options;
        }

        /**
         * The reply, with fields set as RFC 2131 table 3 says; option 53 goes first and the relay
         * agent information is echoed last (RFC 3046 §2.2).
         */
        public Optional<Reply4> build() {
            if (type.isEmpty()) {
                return Optional.empty();
            }
            MessageType replyType = type.get();
            Dhcp4Message in = request.message();
            Dhcp4Options.Builder ordered = Dhcp4Options.builder().messageType(replyType);
            options.build().all().forEach(o -> ordered.raw(o.code(), o.data()));
            in.options().relayAgentInformation()
                .ifPresent(info -> ordered.raw(StandardOptions.RELAY_AGENT_INFORMATION.code(), info));
            Inet4Address ciaddr = replyType == MessageType.ACK ? in.ciaddr() : Ipv4Bytes.ANY;
            Inet4Address yiaddr = replyType == MessageType.NAK ? Ipv4Bytes.ANY
                : lease.map(Lease4::address).orElse(Ipv4Bytes.ANY);
            Dhcp4Message message = new Dhcp4Message(Dhcp4Message.BOOTREPLY, in.htype(), in.hlen(), 0, in.xid(), 0,
                in.flags(), ciaddr, yiaddr, Ipv4Bytes.ANY, in.giaddr(), in.chaddr(), Octets.empty(), Octets.empty(),
                ordered.build());
            return Optional.of(new Reply4(message, replyType));
        }
    }
}
