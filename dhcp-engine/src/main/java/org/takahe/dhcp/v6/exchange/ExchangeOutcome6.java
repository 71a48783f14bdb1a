package org.takahe.dhcp.v6.exchange;

import java.util.Optional;
import org.takahe.dhcp.v6.Dhcp6DropReason;

/** How an exchange ended: every DHCPv6 message is answered or discarded (RFC 8415 has no silent success). */
public sealed interface ExchangeOutcome6 {

    /**
     * @param discarded set when the message itself was refused and the reply only says so (UseMulticast): the
     *     message counts as discarded though something is sent
     */
    record Replied(Reply6 reply, Optional<Dhcp6DropReason> discarded) implements ExchangeOutcome6 {
    }

    record Dropped(Dhcp6DropReason reason, String detail) implements ExchangeOutcome6 {
    }
}
