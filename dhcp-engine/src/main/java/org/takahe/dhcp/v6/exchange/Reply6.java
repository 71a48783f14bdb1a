package org.takahe.dhcp.v6.exchange;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.takahe.dhcp.config.v6.Range6;
import org.takahe.dhcp.v6.Dhcp6DropReason;
import org.takahe.dhcp.v6.Dhcp6EventListener.DeclineReceived;
import org.takahe.dhcp.wire.v6.Dhcp6Message;
import org.takahe.dhcp.wire.v6.Dhcp6Packet;
import org.takahe.dhcp.wire.v6.MessageType6;
import org.takahe.dhcp.wire.v6.OptionCode6;
import org.takahe.dhcp.wire.v6.Options6;
import org.takahe.dhcp.wire.v6.Options6Builder;
import org.takahe.dhcp.wire.v6.StatusCode;
import org.takahe.dhcp.wire.v6.TypedOption6;

/**
 * A reply ready to send.
 *
 * @param packet what goes on the wire: the message itself, or wrapped in a RELAY-REPL for every relay it came
 *     through
 * @param message the ADVERTISE or REPLY inside
 * @param declined what the client declined, for the decline-received notification
 */
public record Reply6(Dhcp6Packet packet, Dhcp6Message message, Optional<DeclineReceived> declined) {

    public static Builder builder(Request6 request) {
        return new Builder(request);
    }

    /**
     * The reply so far, filled in by the handler chain; also carries what earlier handlers found (the range, the
     * option sets of reservations and pools) to later ones. One per exchange, used by one thread.
     */
    public static final class Builder {
        private final Request6 request;
        private final List<TypedOption6> ias = new ArrayList<>();
        private final Options6Builder options = Options6.builder();
        private final List<String> reservationOptionSets = new ArrayList<>();
        private final List<String> poolOptionSets = new ArrayList<>();
        private Optional<MessageType6> type = Optional.empty();
        private Optional<StatusCode> status = Optional.empty();
        private Optional<Range6> range = Optional.empty();
        private Optional<DeclineReceived> declined = Optional.empty();
        private Optional<Dhcp6DropReason> discarded = Optional.empty();
        private boolean rapidCommit;
        private boolean bare;

        private Builder(Request6 request) {
            this.request = request;
        }

        /** ADVERTISE or REPLY. */
        public Builder type(MessageType6 replyType) {
            this.type = Optional.of(replyType);
            return this;
        }

        public Optional<MessageType6> type() {
            return type;
        }

        /** The message-level status code (RFC 8415 §21.13). */
        public Builder status(int code, String message) {
            this.status = Optional.of(new StatusCode(code, message));
            return this;
        }

        /** Adds an IA_NA or IA_PD answer, in the order the client listed its IAs. */
        public Builder ia(TypedOption6 ia) {
            ias.add(ia);
            return this;
        }

        public List<TypedOption6> ias() {
            return List.copyOf(ias);
        }

        public Builder range(Range6 selected) {
            this.range = Optional.of(selected);
            return this;
        }

        /** The allocation range serving the client's link, once selected. */
        public Optional<Range6> range() {
            return range;
        }

        /** Option sets of a host reservation the client matched; they win over every other level. */
        public Builder reservationOptionSets(List<String> ids) {
            ids.stream().filter(id -> !reservationOptionSets.contains(id)).forEach(reservationOptionSets::add);
            return this;
        }

        public List<String> reservationOptionSets() {
            return List.copyOf(reservationOptionSets);
        }

        /** Option sets of a pool the client was given something from; they win over the range's. */
        public Builder poolOptionSets(List<String> ids) {
            ids.stream().filter(id -> !poolOptionSets.contains(id)).forEach(poolOptionSets::add);
            return this;
        }

        public List<String> poolOptionSets() {
            return List.copyOf(poolOptionSets);
        }

        /** The Rapid Commit option goes in the REPLY to a SOLICIT that was committed (RFC 8415 §18.3.1). */
        public Builder rapidCommit() {
            this.rapidCommit = true;
            return this;
        }

        /** Options besides identities, status and IAs: configured ones, the preference, the refresh time. */
        public Options6Builder options() {
            return options;
        }

        /**
         * A reply holding only the identifiers and the status code, as RFC 8415 §18.4 wants for UseMulticast; the
         * message itself counts as discarded for this reason.
         */
        public Builder bare(Dhcp6DropReason reason) {
            this.bare = true;
            this.discarded = Optional.of(reason);
            return this;
        }

        public boolean isBare() {
            return bare;
        }

        public Optional<Dhcp6DropReason> discarded() {
            return discarded;
        }

        public Builder declined(DeclineReceived what) {
            this.declined = Optional.of(what);
            return this;
        }

        /**
         * The reply: Client Identifier as the client sent it, Server Identifier, status, IAs, Rapid Commit, then the
         * other options; wrapped back through every relay (RFC 8415 §19.3). Empty if no handler set a type.
         */
        public Optional<Reply6> build() {
            if (type.isEmpty()) {
                return Optional.empty();
            }
            Options6Builder out = Options6.builder();
            request.message().options().first(OptionCode6.CLIENTID).ifPresent(out::add);
            out.serverId(request.serverDuid());
            status.ifPresent(out::add);
            if (!bare) {
                ias.forEach(out::add);
                if (rapidCommit) {
                    out.rapidCommit();
                }
                out.addAll(options.build());
            }
            Dhcp6Message message = new Dhcp6Message(type.get(), request.message().transactionId(), out.build());
            Dhcp6Packet packet = request.relays().isEmpty() ? message
                : request.relays().getFirst().replyChain(message).orElseThrow(
                    () -> new IllegalStateException("the relay chain decoded before, so it wraps"));
            return Optional.of(new Reply6(packet, message, declined));
        }
    }
}
