package org.takahe.dhcp.exchange;

import org.takahe.dhcp.wire.DropReason;

/** How an exchange ended. */
public sealed interface ExchangeOutcome {

    record Replied(Reply4 reply) implements ExchangeOutcome {
    }

    /** Handled, nothing to send (RELEASE, DECLINE). */
    record NoReply() implements ExchangeOutcome {
    }

    record Dropped(DropReason reason, String detail) implements ExchangeOutcome {
    }
}
