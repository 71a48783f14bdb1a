package org.takahe.dhcp.v6.exchange;

import java.util.EnumMap;
import java.util.Map;
import org.takahe.dhcp.v6.Dhcp6DropReason;
import org.takahe.dhcp.wire.v6.MessageType6;

/** Hands the message to the handler of its type; validation has already let only client types through. */
public final class MessageTypeRouter implements Handler6 {
    private final Map<MessageType6, Handler6> byType;

    public MessageTypeRouter(Map<MessageType6, Handler6> byType) {
        this.byType = new EnumMap<>(byType);
    }

    @Override
    public Step6 handle(Request6 request, Reply6.Builder reply) {
        Handler6 handler = byType.get(request.type());
        return handler == null ? Step6.drop(Dhcp6DropReason.NOT_A_CLIENT_MESSAGE, request.type() + " is not served")
            : handler.handle(request, reply);
    }
}
