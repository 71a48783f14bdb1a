package org.takahe.dhcp.exchange;

import java.net.Inet4Address;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.takahe.dhcp.DhcpMessages;
import org.takahe.dhcp.classify.ClientClasses;
import org.takahe.dhcp.config.BootFields;
import org.takahe.dhcp.config.LeaseTimers;
import org.takahe.dhcp.config.Reservation4;
import org.takahe.dhcp.config.Subnet4;
import org.takahe.dhcp.wire.Dhcp4Message;
import org.takahe.dhcp.wire.Dhcp4Options;
import org.takahe.dhcp.wire.Ipv4Bytes;
import org.takahe.dhcp.wire.MessageType;
import org.takahe.dhcp.wire.Octets;
import org.takahe.dhcp.wire.OptionPacker;
import org.takahe.dhcp.wire.StandardOptions;
import org.takahe.lease.Lease4;

/** A reply ready to send: the message and its type (never NAK-vs-ACK guessing from options). */
public record Reply4(Dhcp4Message message, MessageType type) {
    private static final Logger LOG = LoggerFactory.getLogger(Reply4.class);

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
        private Optional<Reservation4> reservation = Optional.empty();
        private BootFields boot = BootFields.none();
        private ClientClasses classes = ClientClasses.NONE;
        private Optional<LeaseTimers> timers = Optional.empty();

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

        /** The classes of the request, set by classification before subnet selection and after host lookup. */
        public Builder classes(ClientClasses assigned) {
            this.classes = assigned;
            return this;
        }

        public ClientClasses classes() {
            return classes;
        }

        /** The timers of the granted lease, when a class sets a lifetime other than the subnet's. */
        public Builder timers(LeaseTimers granted) {
            this.timers = Optional.of(granted);
            return this;
        }

        /** The timers to send with the lease: those set by {@link #timers(LeaseTimers)}, else the subnet's. */
        public Optional<LeaseTimers> timers() {
            return timers.or(() -> subnet.map(Subnet4::timers));
        }

        /** The client's host reservation in the subnet serving it (empty: it has none there). */
        public Builder reservation(Optional<Reservation4> found) {
            this.reservation = found;
            return this;
        }

        public Optional<Reservation4> reservation() {
            return reservation;
        }

        /** Sets siaddr, sname and file: each field given here replaces what an earlier handler set. */
        public Builder boot(BootFields fields) {
            this.boot = boot.overriddenBy(fields);
            return this;
        }

        public BootFields boot() {
            return boot;
        }

        /**
         * The reply, with fields set as RFC 2131 table 3 says; option 53 goes first, a subnet selection
         * option is echoed (RFC 3011 §3) and the relay agent information is echoed byte for byte as the
         * last option (RFC 3046 §2.2). A NAK through a relay carries the broadcast bit, so the relay
         * broadcasts it to a client that may no longer hold its address (RFC 2131 §4.3.2). The options are
         * laid out within the client's maximum message size (option 57, at least 576), overloading file and
         * sname when they are free ({@link OptionPacker}); what fits nowhere is left out and logged.
         */
        public Optional<Reply4> build() {
            if (type.isEmpty()) {
                return Optional.empty();
            }
            MessageType replyType = type.get();
            Dhcp4Message in = request.message();
            Dhcp4Options.Builder ordered = Dhcp4Options.builder().messageType(replyType);
            int relayAgentCode = StandardOptions.RELAY_AGENT_INFORMATION.code();
            options.build().all().stream().filter(o -> o.code() != relayAgentCode)
                .forEach(o -> ordered.raw(o.code(), o.data()));
            // RFC 6842: a client identifier the client sent comes back in OFFER, ACK and NAK.
            in.options().clientIdentifier().ifPresent(id -> ordered.raw(StandardOptions.CLIENT_IDENTIFIER.code(), id));
            in.options().raw(StandardOptions.SUBNET_SELECTION.code())
                .ifPresent(selection -> ordered.raw(StandardOptions.SUBNET_SELECTION.code(), selection));
            in.options().relayAgentInformation().ifPresent(info -> ordered.raw(relayAgentCode, info.data()));
            int flags = replyType == MessageType.NAK && in.isRelayed() ? in.flags() | Dhcp4Message.FLAG_BROADCAST
                : in.flags();
            Inet4Address ciaddr = replyType == MessageType.ACK ? in.ciaddr() : Ipv4Bytes.ANY;
            Inet4Address yiaddr = replyType == MessageType.NAK ? Ipv4Bytes.ANY
                : lease.map(Lease4::address).orElse(Ipv4Bytes.ANY);
            BootFields sent = replyType == MessageType.NAK ? BootFields.none() : boot;
            int limit = OptionPacker.messageLimit(in.options());
            OptionPacker.Packed packed = OptionPacker.pack(ordered.build().all(), text(sent.bootFileName()),
                text(sent.serverHostname()), limit);
            if (!packed.leftOut().isEmpty()) {
                DhcpMessages.DHCP4_OPTIONS_LEFT_OUT.log(LOG, request.xid(), packed.leftOut().size(), limit,
                    packed.leftOut());
            }
            Dhcp4Message message = new Dhcp4Message(Dhcp4Message.BOOTREPLY, in.htype(), in.hlen(), 0, in.xid(), 0,
                flags, ciaddr, yiaddr, sent.nextServer().orElse(Ipv4Bytes.ANY), in.giaddr(), in.chaddr(),
                packed.sname(), packed.file(), packed.options());
            return Optional.of(new Reply4(message, replyType));
        }

        /** A BOOTP text field; the message pads it with NULs to the field's size. */
        private static Octets text(Optional<String> value) {
            return value.map(v -> Octets.of(v.getBytes(StandardCharsets.UTF_8))).orElse(Octets.empty());
        }
    }
}
