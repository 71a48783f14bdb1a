package org.takahe.dhcp.v6.exchange;

import java.util.Optional;
import org.takahe.dhcp.v6.Dhcp6DropReason;

/** What a handler tells the chain: go on, or stop here (sending the reply so far, or discarding the message). */
public sealed interface Step6 {
    Step6 CONTINUE = new Continue();
    /** Stop and send what the builder holds. */
    Step6 REPLY = new Stop(Optional.empty());

    static Step6 drop(Dhcp6DropReason reason, String detail) {
        return new Stop(Optional.of(new Drop(reason, detail)));
    }

    record Continue() implements Step6 {
    }

    record Stop(Optional<Drop> drop) implements Step6 {
    }

    record Drop(Dhcp6DropReason reason, String detail) {
    }
}
