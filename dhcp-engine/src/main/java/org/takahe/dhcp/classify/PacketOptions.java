package org.takahe.dhcp.classify;

import org.jspecify.annotations.Nullable;
import org.takahe.dhcp.wire.Dhcp4Message;
import org.takahe.dhcp.wire.Octets;
import org.takahe.dhcp.wire.RawOption;
import org.takahe.dhcp.wire.RelayAgentInformation;
import org.takahe.dhcp.wire.StandardOptions;

/** Option look-ups for evaluation: plain loops over the few options of a packet, null for "absent". */
final class PacketOptions {
    private PacketOptions() {
    }

    static @Nullable Octets option(Dhcp4Message message, int code) {
        for (RawOption option : message.options().all()) {
            if (option.code() == code) {
                return option.data();
            }
        }
        return null;
    }

    static @Nullable Octets relaySubOption(Dhcp4Message message, int code) {
        Octets agentInformation = option(message, StandardOptions.RELAY_AGENT_INFORMATION.code());
        if (agentInformation == null) {
            return null;
        }
        for (RawOption sub : RelayAgentInformation.parse(agentInformation).subOptions()) {
            if (sub.code() == code) {
                return sub.data();
            }
        }
        return null;
    }
}
