package org.takahe.dhcp.exchange;

import java.net.Inet4Address;
import java.util.Optional;
import org.takahe.dhcp.wire.Dhcp4Message;
import org.takahe.dhcp.wire.DropReason;
import org.takahe.dhcp.wire.MessageType;

/**
 * One packet's exchange against one serving state, read once by the caller: everything this
 * packet sees comes from that state even if a new configuration is applied meanwhile.
 */
public record Exchange4(InboundDatagram inbound, ServingState state) {

    public ExchangeOutcome run() {
        Dhcp4Message message = inbound.message();
        if (message.op() != Dhcp4Message.BOOTREQUEST) {
            return new ExchangeOutcome.Dropped(DropReason.NOT_A_CLIENT_REQUEST, "op " + message.op());
        }
        Optional<MessageType> type = message.messageType();
        if (type.isEmpty()) {
            return new ExchangeOutcome.Dropped(DropReason.NOT_A_CLIENT_REQUEST, "no valid message type (option 53)");
        }
        Request4 request = new Request4(message, type.get(), inbound.source(), inbound.receivedOn(),
            serverIdentifier(), inbound.destination(), inbound.length());
        return state.chain().run(request, Reply4.builder(request));
    }

    private Optional<Inet4Address> serverIdentifier() {
        return state.config().serverIdentifier().or(() -> inbound.receivedOn().addresses().stream().findFirst());
    }
}
