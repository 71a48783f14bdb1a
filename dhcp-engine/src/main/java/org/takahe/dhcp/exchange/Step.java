package org.takahe.dhcp.exchange;

import java.util.Optional;
import org.takahe.dhcp.wire.DropReason;

/** What a handler tells the chain: go on, or stop here (sending the reply so far, or dropping). */
public sealed interface Step {
    Step CONTINUE = new Continue();
    /** Stop and send what the builder holds; nothing is sent if it has no message type. */
    Step REPLY = new Stop(Optional.empty());

    static Step drop(DropReason reason, String detail) {
        return new Stop(Optional.of(new Drop(reason, detail)));
    }

    record Continue() implements Step {
    }

    record Stop(Optional<Drop> drop) implements Step {
    }

    record Drop(DropReason reason, String detail) {
    }
}
