package org.takahe.dhcp.classify;

import java.util.Optional;
import org.takahe.dhcp.wire.OptionCodec;
import org.takahe.dhcp.wire.OptionDataType;
import org.takahe.dhcp.wire.OptionDefinition;
import org.takahe.dhcp.wire.Octets;
import org.takahe.dhcp.wire.StandardOptions;

/**
 * The {@code .text} form of an option: a text option's characters as sent; a standard option of another type
 * written out as option data is configured (dotted quads, decimals, values joined by ", "); anything else, or data
 * that does not fit its type, the bytes themselves, never an error.
 */
final class OptionText {
    private OptionText() {
    }

    static Octets of(int code, Octets data) {
        Optional<OptionDefinition> definition = StandardOptions.byCode(code);
        if (definition.isEmpty() || definition.get().type() == OptionDataType.STRING && !definition.get().array()) {
            return data;
        }
        OptionDefinition known = definition.get();
        return OptionCodec.decode(known, data).map(value -> ByteStrings.utf8(OptionCodec.format(known, value)))
            .orElse(data);
    }
}
