package org.takahe.hooks.macacl;

import java.util.Set;
import org.takahe.dhcp.hooks.api.NextStep;
import org.takahe.dhcp.hooks.api.Pkt4ReceiveContext;

/**
 * One configured list and its mode: the pkt4-receive callout. Immutable, so concurrent packets need no lock.
 *
 * @param addresses hardware addresses as lower-case colon hex, the form packets are seen in
 */
record MacAcl(Mode mode, Set<String> addresses) {

    enum Mode {
        /** Serve only the listed clients. */
        ALLOW,
        /** Serve everyone but the listed clients. */
        DENY
    }

    MacAcl {
        addresses = Set.copyOf(addresses);
    }

    NextStep check(Pkt4ReceiveContext context) {
        boolean listed = addresses.contains(context.query().hardwareAddress());
        return listed == (mode == Mode.ALLOW) ? NextStep.CONTINUE : NextStep.DROP;
    }
}
